from ....toohigh import x
