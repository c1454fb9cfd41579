# A module whose object's finalizer uses the module's globals at exit.
LABEL = "exit_mod"

class Resource:
    open_count = 0
    def __init__(self):
        Resource.open_count += 1
    def __del__(self):
        Resource.open_count -= 1
        print("closing", LABEL, Resource.open_count)

held = Resource()
