def f(x):
    return 10 // x

def main():
    print("in main")
    return f(0)

main()
