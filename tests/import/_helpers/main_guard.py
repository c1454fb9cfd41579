def main():
    return "main() called"
if __name__ == "__main__":
    print("main_guard: running as __main__")
else:
    print("main_guard: imported as", __name__)
