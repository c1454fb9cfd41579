import sys
sys.modules[__name__] = "I am a string now"
