def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ("a" 'b' """c""" '''d'''))
t(lambda: (r"\d+\s*" + "\\d"))
t(lambda: ("tab\there"))
t(lambda: ("\x41\u0042\U00000043\103"))
t(lambda: (len("\n\r\t\\\'\"")))
t(lambda: ("\a\b\f\v" == "\x07\x08\x0c\x0b"))
t(lambda: ("\0\01\012" == "\x00\x01\n"))
t(lambda: ('it\'s'))
t(lambda: ("say \"hi\""))
t(lambda: ("""a
b"""))
t(lambda: ("multi" \
"line"))
t(lambda: (R"raw\n" + r'\''))
t(lambda: ("implicit"
 " concat"))
t(lambda: ("é" == "\xe9" == "\u00e9"))
t(lambda: (len(r"\\")))
