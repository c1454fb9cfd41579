/* str_unicode.c — character properties and case mappings for the str methods.
 *
 * Exact (CPython 3.11 / Unicode 14) for U+0000..U+00FF. Beyond Latin-1 this is a hand-made
 * approximation covering the common scripts: Latin Extended, Greek, Cyrillic, Armenian,
 * Georgian, Cherokee, Glagolitic, Coptic, fullwidth forms and Deseret case pairs; letters of
 * Hebrew, Arabic, Indic, Thai, CJK, kana and Hangul; the decimal digits of every script
 * block that has them; common spaces, format characters and marks. Characters not listed
 * are treated as printable symbols with no other property. Full tables generated from the
 * Unicode Character Database replace this later (README: "str: Unicode coverage").
 *
 * Invariants: the tables are const and sorted by code point, non-overlapping; lookups are
 * binary searches; no state.
 */
#include <stddef.h>

#include "objects/str_impl.h"

#define LETTER (UC_ALPHA | UC_XID_START | UC_XID_CONTINUE | UC_PRINTABLE)
#define UPPER_L (LETTER | UC_CASED | UC_UPPER)
#define LOWER_L (LETTER | UC_CASED | UC_LOWER)
#define TITLE_L (LETTER | UC_CASED | UC_TITLE)
#define MARK (UC_XID_CONTINUE | UC_CASE_IGNORABLE | UC_PRINTABLE)
#define FORMAT (UC_CASE_IGNORABLE)               /* Cf: not printable */
#define MODIFIER (LETTER | UC_CASE_IGNORABLE)    /* Lm */
#define NONPRINT 0
#define SPACE_Z (UC_SPACE)                       /* Zs other than ' ': not printable */
#define DIGIT_ONLY (UC_DIGIT | UC_NUMERIC | UC_PRINTABLE)
#define NUMERIC_ONLY (UC_NUMERIC | UC_PRINTABLE)
#define DECIMAL (UC_DECIMAL | UC_DIGIT | UC_NUMERIC | UC_XID_CONTINUE | UC_PRINTABLE)

/* ---- Latin-1 ---- */

static unsigned latin1_props(uint32_t c) {
    if (c < 0x80) {
        if (c >= 'a' && c <= 'z') return LOWER_L;
        if (c >= 'A' && c <= 'Z') return UPPER_L;
        if (c >= '0' && c <= '9') return DECIMAL;
        if (c == ' ') return UC_SPACE | UC_PRINTABLE;
        if (c >= '\t' && c <= '\r') return UC_SPACE | (c == '\t' ? 0 : UC_LINEBREAK);
        if (c >= 0x1c && c <= 0x1f) return UC_SPACE | (c <= 0x1e ? UC_LINEBREAK : 0);
        if (c < 0x20 || c == 0x7f) return 0;
        if (c == '_') return UC_XID_CONTINUE | UC_PRINTABLE;
        if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`')
            return UC_CASE_IGNORABLE | UC_PRINTABLE;
        return UC_PRINTABLE;
    }
    if (c < 0xa0) return c == 0x85 ? (UC_SPACE | UC_LINEBREAK) : 0;
    switch (c) {
    case 0xa0: return UC_SPACE;
    case 0xad: return UC_CASE_IGNORABLE;   /* soft hyphen: Cf */
    case 0xaa: case 0xba: return LOWER_L;
    case 0xb5: return LOWER_L;
    case 0xb2: case 0xb3: case 0xb9: return DIGIT_ONLY;
    case 0xbc: case 0xbd: case 0xbe: return NUMERIC_ONLY;
    case 0xb7: return UC_XID_CONTINUE | UC_CASE_IGNORABLE | UC_PRINTABLE;
    case 0xa8: case 0xaf: case 0xb4: case 0xb8: return UC_CASE_IGNORABLE | UC_PRINTABLE;
    case 0xd7: case 0xf7: return UC_PRINTABLE;
    default: break;
    }
    if (c >= 0xc0 && c <= 0xde) return UPPER_L;
    if (c >= 0xdf) return LOWER_L;
    return UC_PRINTABLE;
}

/* ---- Ranges beyond Latin-1 ---- */

enum {
    K_PLAIN,      /* props only */
    K_UPPER,      /* uppercase; lowercase is cp + delta */
    K_LOWER,      /* lowercase; uppercase is cp - delta */
    K_ALT_EVEN,   /* pairs: even code points upper, the next odd one its lowercase */
    K_ALT_ODD,    /* pairs: odd code points upper, the next even one its lowercase */
};

typedef struct UcRange {
    uint32_t lo, hi;
    uint16_t props;
    uint8_t kind;
    int32_t delta;
} UcRange;

static const UcRange ranges[] = {
    {0x0100, 0x012f, 0, K_ALT_EVEN, 0},
    {0x0132, 0x0137, 0, K_ALT_EVEN, 0},
    {0x0138, 0x0138, LOWER_L, K_PLAIN, 0},
    {0x0139, 0x0148, 0, K_ALT_ODD, 0},
    {0x014a, 0x0177, 0, K_ALT_EVEN, 0},
    {0x0179, 0x017e, 0, K_ALT_ODD, 0},
    {0x0180, 0x01c3, LETTER | UC_CASED, K_PLAIN, 0},
    {0x01cd, 0x01dc, 0, K_ALT_ODD, 0},
    {0x01dd, 0x01dd, LOWER_L, K_PLAIN, 0},
    {0x01de, 0x01ef, 0, K_ALT_EVEN, 0},
    {0x01f0, 0x01f0, LOWER_L, K_PLAIN, 0},
    {0x01f4, 0x01f5, 0, K_ALT_EVEN, 0},
    {0x01f6, 0x01f7, UPPER_L, K_PLAIN, 0},
    {0x01f8, 0x021f, 0, K_ALT_EVEN, 0},
    {0x0220, 0x0221, LETTER | UC_CASED, K_PLAIN, 0},
    {0x0222, 0x0233, 0, K_ALT_EVEN, 0},
    {0x0234, 0x0245, LETTER | UC_CASED, K_PLAIN, 0},
    {0x0246, 0x024f, 0, K_ALT_EVEN, 0},
    {0x0250, 0x02af, LOWER_L, K_PLAIN, 0},
    {0x02b0, 0x02b8, MODIFIER | UC_CASED | UC_LOWER, K_PLAIN, 0},
    {0x02b9, 0x02c1, MODIFIER, K_PLAIN, 0},
    {0x02c2, 0x02c5, UC_CASE_IGNORABLE | UC_PRINTABLE, K_PLAIN, 0},
    {0x02c6, 0x02d1, MODIFIER, K_PLAIN, 0},
    {0x02d2, 0x02df, UC_CASE_IGNORABLE | UC_PRINTABLE, K_PLAIN, 0},
    {0x02e0, 0x02e4, MODIFIER | UC_CASED | UC_LOWER, K_PLAIN, 0},
    {0x02e5, 0x02eb, UC_CASE_IGNORABLE | UC_PRINTABLE, K_PLAIN, 0},
    {0x02ec, 0x02ec, MODIFIER, K_PLAIN, 0},
    {0x02ed, 0x02ed, UC_CASE_IGNORABLE | UC_PRINTABLE, K_PLAIN, 0},
    {0x02ee, 0x02ee, MODIFIER, K_PLAIN, 0},
    {0x02ef, 0x02ff, UC_CASE_IGNORABLE | UC_PRINTABLE, K_PLAIN, 0},
    {0x0300, 0x036f, MARK, K_PLAIN, 0},
    {0x0370, 0x0373, 0, K_ALT_EVEN, 0},
    {0x0376, 0x0377, 0, K_ALT_EVEN, 0},
    {0x0378, 0x0379, NONPRINT, K_PLAIN, 0},
    {0x037a, 0x037a, MODIFIER | UC_CASED | UC_LOWER, K_PLAIN, 0},
    {0x037b, 0x037d, LOWER_L, K_LOWER, -130},
    {0x037f, 0x037f, UPPER_L, K_UPPER, 116},
    {0x0380, 0x0383, NONPRINT, K_PLAIN, 0},
    {0x0386, 0x0386, UPPER_L, K_UPPER, 38},
    {0x0388, 0x038a, UPPER_L, K_UPPER, 37},
    {0x038b, 0x038b, NONPRINT, K_PLAIN, 0},
    {0x038c, 0x038c, UPPER_L, K_UPPER, 64},
    {0x038d, 0x038d, NONPRINT, K_PLAIN, 0},
    {0x038e, 0x038f, UPPER_L, K_UPPER, 63},
    {0x0390, 0x0390, LOWER_L, K_PLAIN, 0},
    {0x0391, 0x03a1, UPPER_L, K_UPPER, 32},
    {0x03a2, 0x03a2, NONPRINT, K_PLAIN, 0},
    {0x03a3, 0x03ab, UPPER_L, K_UPPER, 32},
    {0x03ac, 0x03ac, LOWER_L, K_LOWER, 38},
    {0x03ad, 0x03af, LOWER_L, K_LOWER, 37},
    {0x03b0, 0x03b0, LOWER_L, K_PLAIN, 0},
    {0x03b1, 0x03c1, LOWER_L, K_LOWER, 32},
    {0x03c3, 0x03cb, LOWER_L, K_LOWER, 32},
    {0x03cc, 0x03cc, LOWER_L, K_LOWER, 64},
    {0x03cd, 0x03ce, LOWER_L, K_LOWER, 63},
    {0x03cf, 0x03cf, UPPER_L, K_UPPER, 8},
    {0x03d0, 0x03d1, LOWER_L, K_PLAIN, 0},
    {0x03d2, 0x03d4, UPPER_L, K_PLAIN, 0},
    {0x03d5, 0x03d6, LOWER_L, K_PLAIN, 0},
    {0x03d7, 0x03d7, LOWER_L, K_LOWER, 8},
    {0x03d8, 0x03ef, 0, K_ALT_EVEN, 0},
    {0x03f0, 0x03f3, LOWER_L, K_PLAIN, 0},
    {0x03f4, 0x03f4, UPPER_L, K_PLAIN, 0},
    {0x03f5, 0x03f5, LOWER_L, K_PLAIN, 0},
    {0x03f7, 0x03f8, 0, K_ALT_ODD, 0},
    {0x03f9, 0x03f9, UPPER_L, K_PLAIN, 0},
    {0x03fa, 0x03fb, 0, K_ALT_EVEN, 0},
    {0x03fc, 0x03fc, LOWER_L, K_PLAIN, 0},
    {0x03fd, 0x03ff, UPPER_L, K_UPPER, -130},
    {0x0400, 0x040f, UPPER_L, K_UPPER, 80},
    {0x0410, 0x042f, UPPER_L, K_UPPER, 32},
    {0x0430, 0x044f, LOWER_L, K_LOWER, 32},
    {0x0450, 0x045f, LOWER_L, K_LOWER, 80},
    {0x0460, 0x0481, 0, K_ALT_EVEN, 0},
    {0x0483, 0x0489, MARK, K_PLAIN, 0},
    {0x048a, 0x04bf, 0, K_ALT_EVEN, 0},
    {0x04c0, 0x04c0, UPPER_L, K_UPPER, 15},
    {0x04c1, 0x04ce, 0, K_ALT_ODD, 0},
    {0x04cf, 0x04cf, LOWER_L, K_LOWER, 15},
    {0x04d0, 0x052f, 0, K_ALT_EVEN, 0},
    {0x0530, 0x0530, NONPRINT, K_PLAIN, 0},
    {0x0531, 0x0556, UPPER_L, K_UPPER, 48},
    {0x0557, 0x0558, NONPRINT, K_PLAIN, 0},
    {0x0559, 0x0559, MODIFIER, K_PLAIN, 0},
    {0x0560, 0x0560, LOWER_L, K_PLAIN, 0},
    {0x0561, 0x0586, LOWER_L, K_LOWER, 48},
    {0x0587, 0x0588, LOWER_L, K_PLAIN, 0},
    {0x0591, 0x05bd, MARK, K_PLAIN, 0},
    {0x05bf, 0x05bf, MARK, K_PLAIN, 0},
    {0x05c1, 0x05c2, MARK, K_PLAIN, 0},
    {0x05c4, 0x05c5, MARK, K_PLAIN, 0},
    {0x05c7, 0x05c7, MARK, K_PLAIN, 0},
    {0x05d0, 0x05ea, LETTER, K_PLAIN, 0},
    {0x05ef, 0x05f2, LETTER, K_PLAIN, 0},
    {0x0600, 0x0605, FORMAT, K_PLAIN, 0},
    {0x0610, 0x061a, MARK, K_PLAIN, 0},
    {0x061c, 0x061c, FORMAT, K_PLAIN, 0},
    {0x0620, 0x063f, LETTER, K_PLAIN, 0},
    {0x0640, 0x0640, MODIFIER, K_PLAIN, 0},
    {0x0641, 0x064a, LETTER, K_PLAIN, 0},
    {0x064b, 0x065f, MARK, K_PLAIN, 0},
    {0x066e, 0x066f, LETTER, K_PLAIN, 0},
    {0x0670, 0x0670, MARK, K_PLAIN, 0},
    {0x0671, 0x06d3, LETTER, K_PLAIN, 0},
    {0x06d5, 0x06d5, LETTER, K_PLAIN, 0},
    {0x06d6, 0x06dc, MARK, K_PLAIN, 0},
    {0x06dd, 0x06dd, FORMAT, K_PLAIN, 0},
    {0x06df, 0x06e4, MARK, K_PLAIN, 0},
    {0x06e5, 0x06e6, MODIFIER, K_PLAIN, 0},
    {0x06e7, 0x06e8, MARK, K_PLAIN, 0},
    {0x06ea, 0x06ed, MARK, K_PLAIN, 0},
    {0x06ee, 0x06ef, LETTER, K_PLAIN, 0},
    {0x06fa, 0x06fc, LETTER, K_PLAIN, 0},
    {0x06ff, 0x06ff, LETTER, K_PLAIN, 0},
    {0x070f, 0x070f, FORMAT, K_PLAIN, 0},
    {0x0710, 0x0710, LETTER, K_PLAIN, 0},
    {0x0712, 0x072f, LETTER, K_PLAIN, 0},
    {0x0780, 0x07a5, LETTER, K_PLAIN, 0},
    {0x07ca, 0x07ea, LETTER, K_PLAIN, 0},
    {0x0900, 0x0903, MARK, K_PLAIN, 0},
    {0x0904, 0x0939, LETTER, K_PLAIN, 0},
    {0x093a, 0x093c, MARK, K_PLAIN, 0},
    {0x093d, 0x093d, LETTER, K_PLAIN, 0},
    {0x093e, 0x094f, MARK, K_PLAIN, 0},
    {0x0950, 0x0950, LETTER, K_PLAIN, 0},
    {0x0951, 0x0957, MARK, K_PLAIN, 0},
    {0x0958, 0x0961, LETTER, K_PLAIN, 0},
    {0x0962, 0x0963, MARK, K_PLAIN, 0},
    {0x0971, 0x0971, MODIFIER, K_PLAIN, 0},
    {0x0972, 0x0980, LETTER, K_PLAIN, 0},
    {0x0981, 0x0983, MARK, K_PLAIN, 0},
    {0x0985, 0x09b9, LETTER, K_PLAIN, 0},
    {0x09bc, 0x09cd, MARK, K_PLAIN, 0},
    {0x0a05, 0x0a39, LETTER, K_PLAIN, 0},
    {0x0a85, 0x0ab9, LETTER, K_PLAIN, 0},
    {0x0b05, 0x0b39, LETTER, K_PLAIN, 0},
    {0x0b85, 0x0bb9, LETTER, K_PLAIN, 0},
    {0x0c05, 0x0c39, LETTER, K_PLAIN, 0},
    {0x0c85, 0x0cb9, LETTER, K_PLAIN, 0},
    {0x0d05, 0x0d3a, LETTER, K_PLAIN, 0},
    {0x0d85, 0x0dc6, LETTER, K_PLAIN, 0},
    {0x0e01, 0x0e30, LETTER, K_PLAIN, 0},
    {0x0e31, 0x0e31, MARK, K_PLAIN, 0},
    {0x0e32, 0x0e33, LETTER, K_PLAIN, 0},
    {0x0e34, 0x0e3a, MARK, K_PLAIN, 0},
    {0x0e40, 0x0e45, LETTER, K_PLAIN, 0},
    {0x0e46, 0x0e46, MODIFIER, K_PLAIN, 0},
    {0x0e47, 0x0e4e, MARK, K_PLAIN, 0},
    {0x0e81, 0x0eb0, LETTER, K_PLAIN, 0},
    {0x0f00, 0x0f00, LETTER, K_PLAIN, 0},
    {0x0f40, 0x0f6c, LETTER, K_PLAIN, 0},
    {0x1000, 0x102a, LETTER, K_PLAIN, 0},
    {0x10a0, 0x10c5, UPPER_L, K_UPPER, 7264},
    {0x10d0, 0x10fa, LOWER_L, K_LOWER, -3008},
    {0x10fc, 0x10fc, MODIFIER | UC_CASED | UC_LOWER, K_PLAIN, 0},
    {0x10fd, 0x10ff, LOWER_L, K_LOWER, -3008},
    {0x1100, 0x11ff, LETTER, K_PLAIN, 0},
    {0x1200, 0x1248, LETTER, K_PLAIN, 0},
    {0x1369, 0x1371, DIGIT_ONLY, K_PLAIN, 0},
    {0x1372, 0x137c, NUMERIC_ONLY, K_PLAIN, 0},
    {0x13a0, 0x13ef, UPPER_L, K_UPPER, 38864},
    {0x13f0, 0x13f5, UPPER_L, K_UPPER, 8},
    {0x13f8, 0x13fd, LOWER_L, K_LOWER, 8},
    {0x1401, 0x166c, LETTER, K_PLAIN, 0},
    {0x1680, 0x1680, SPACE_Z, K_PLAIN, 0},
    {0x1681, 0x169a, LETTER, K_PLAIN, 0},
    {0x16a0, 0x16ea, LETTER, K_PLAIN, 0},
    {0x1780, 0x17b3, LETTER, K_PLAIN, 0},
    {0x180e, 0x180e, FORMAT, K_PLAIN, 0},
    {0x1820, 0x1878, LETTER, K_PLAIN, 0},
    {0x1ab0, 0x1aff, MARK, K_PLAIN, 0},
    {0x1c90, 0x1cba, UPPER_L, K_UPPER, -3008},
    {0x1cbd, 0x1cbf, UPPER_L, K_UPPER, -3008},
    {0x1d00, 0x1d2b, LOWER_L, K_PLAIN, 0},
    {0x1d2c, 0x1d6a, MODIFIER | UC_CASED | UC_LOWER, K_PLAIN, 0},
    {0x1d6b, 0x1d77, LOWER_L, K_PLAIN, 0},
    {0x1d78, 0x1d78, MODIFIER | UC_CASED | UC_LOWER, K_PLAIN, 0},
    {0x1d79, 0x1d9a, LOWER_L, K_PLAIN, 0},
    {0x1d9b, 0x1dbf, MODIFIER | UC_CASED | UC_LOWER, K_PLAIN, 0},
    {0x1dc0, 0x1dff, MARK, K_PLAIN, 0},
    {0x1e00, 0x1e95, 0, K_ALT_EVEN, 0},
    {0x1e96, 0x1e9d, LOWER_L, K_PLAIN, 0},
    {0x1e9f, 0x1e9f, LOWER_L, K_PLAIN, 0},
    {0x1ea0, 0x1eff, 0, K_ALT_EVEN, 0},
    {0x1f00, 0x1f07, LOWER_L, K_LOWER, -8},
    {0x1f08, 0x1f0f, UPPER_L, K_UPPER, -8},
    {0x1f10, 0x1f15, LOWER_L, K_LOWER, -8},
    {0x1f18, 0x1f1d, UPPER_L, K_UPPER, -8},
    {0x1f20, 0x1f27, LOWER_L, K_LOWER, -8},
    {0x1f28, 0x1f2f, UPPER_L, K_UPPER, -8},
    {0x1f30, 0x1f37, LOWER_L, K_LOWER, -8},
    {0x1f38, 0x1f3f, UPPER_L, K_UPPER, -8},
    {0x1f40, 0x1f45, LOWER_L, K_LOWER, -8},
    {0x1f48, 0x1f4d, UPPER_L, K_UPPER, -8},
    {0x1f50, 0x1f57, LOWER_L, K_PLAIN, 0},
    {0x1f59, 0x1f5f, UPPER_L, K_PLAIN, 0},
    {0x1f60, 0x1f67, LOWER_L, K_LOWER, -8},
    {0x1f68, 0x1f6f, UPPER_L, K_UPPER, -8},
    {0x1f70, 0x1f7d, LOWER_L, K_PLAIN, 0},
    {0x1f80, 0x1fbc, LETTER | UC_CASED, K_PLAIN, 0},
    {0x1fc2, 0x1ffc, LETTER | UC_CASED, K_PLAIN, 0},
    {0x2000, 0x200a, SPACE_Z, K_PLAIN, 0},
    {0x200b, 0x200f, FORMAT, K_PLAIN, 0},
    {0x2018, 0x2019, UC_CASE_IGNORABLE | UC_PRINTABLE, K_PLAIN, 0},
    {0x2024, 0x2024, UC_CASE_IGNORABLE | UC_PRINTABLE, K_PLAIN, 0},
    {0x2027, 0x2027, UC_CASE_IGNORABLE | UC_PRINTABLE, K_PLAIN, 0},
    {0x2028, 0x2029, UC_SPACE | UC_LINEBREAK, K_PLAIN, 0},
    {0x202a, 0x202e, FORMAT, K_PLAIN, 0},
    {0x202f, 0x202f, SPACE_Z, K_PLAIN, 0},
    {0x203f, 0x2040, UC_XID_CONTINUE | UC_PRINTABLE, K_PLAIN, 0},
    {0x2054, 0x2054, UC_XID_CONTINUE | UC_PRINTABLE, K_PLAIN, 0},
    {0x205f, 0x205f, SPACE_Z, K_PLAIN, 0},
    {0x2060, 0x2064, FORMAT, K_PLAIN, 0},
    {0x2065, 0x2065, NONPRINT, K_PLAIN, 0},
    {0x2066, 0x206f, FORMAT, K_PLAIN, 0},
    {0x2070, 0x2070, DIGIT_ONLY, K_PLAIN, 0},
    {0x2071, 0x2071, MODIFIER | UC_CASED | UC_LOWER, K_PLAIN, 0},
    {0x2074, 0x2079, DIGIT_ONLY, K_PLAIN, 0},
    {0x207f, 0x207f, MODIFIER | UC_CASED | UC_LOWER, K_PLAIN, 0},
    {0x2080, 0x2089, DIGIT_ONLY, K_PLAIN, 0},
    {0x2090, 0x209c, MODIFIER | UC_CASED | UC_LOWER, K_PLAIN, 0},
    {0x20d0, 0x20f0, MARK, K_PLAIN, 0},
    {0x2102, 0x2102, UPPER_L, K_PLAIN, 0},
    {0x2107, 0x2107, UPPER_L, K_PLAIN, 0},
    {0x210a, 0x210a, LOWER_L, K_PLAIN, 0},
    {0x210b, 0x210d, UPPER_L, K_PLAIN, 0},
    {0x210e, 0x210f, LOWER_L, K_PLAIN, 0},
    {0x2110, 0x2112, UPPER_L, K_PLAIN, 0},
    {0x2113, 0x2113, LOWER_L, K_PLAIN, 0},
    {0x2115, 0x2115, UPPER_L, K_PLAIN, 0},
    {0x2119, 0x211d, UPPER_L, K_PLAIN, 0},
    {0x2124, 0x2124, UPPER_L, K_PLAIN, 0},
    {0x2128, 0x2128, UPPER_L, K_PLAIN, 0},
    {0x212c, 0x212d, UPPER_L, K_PLAIN, 0},
    {0x212f, 0x212f, LOWER_L, K_PLAIN, 0},
    {0x2130, 0x2131, UPPER_L, K_PLAIN, 0},
    {0x2133, 0x2133, UPPER_L, K_PLAIN, 0},
    {0x2134, 0x2134, LOWER_L, K_PLAIN, 0},
    {0x2135, 0x2138, LETTER, K_PLAIN, 0},
    {0x2139, 0x2139, LOWER_L, K_PLAIN, 0},
    {0x2150, 0x215f, NUMERIC_ONLY, K_PLAIN, 0},
    {0x2160, 0x216f, NUMERIC_ONLY | UC_CASED | UC_UPPER | UC_XID_START | UC_XID_CONTINUE,
     K_UPPER, 16},
    {0x2170, 0x217f, NUMERIC_ONLY | UC_CASED | UC_LOWER | UC_XID_START | UC_XID_CONTINUE,
     K_LOWER, 16},
    {0x2180, 0x2182, NUMERIC_ONLY | UC_XID_START | UC_XID_CONTINUE, K_PLAIN, 0},
    {0x2183, 0x2184, 0, K_ALT_ODD, 0},
    {0x2185, 0x2189, NUMERIC_ONLY | UC_XID_START | UC_XID_CONTINUE, K_PLAIN, 0},
    {0x2460, 0x2468, DIGIT_ONLY, K_PLAIN, 0},
    {0x2469, 0x2473, NUMERIC_ONLY, K_PLAIN, 0},
    {0x2474, 0x247c, DIGIT_ONLY, K_PLAIN, 0},
    {0x247d, 0x2487, NUMERIC_ONLY, K_PLAIN, 0},
    {0x2488, 0x2490, DIGIT_ONLY, K_PLAIN, 0},
    {0x2491, 0x249b, NUMERIC_ONLY, K_PLAIN, 0},
    {0x24b6, 0x24cf, UC_CASED | UC_UPPER | UC_PRINTABLE, K_UPPER, 26},
    {0x24d0, 0x24e9, UC_CASED | UC_LOWER | UC_PRINTABLE, K_LOWER, 26},
    {0x24ea, 0x24ea, DIGIT_ONLY, K_PLAIN, 0},
    {0x24eb, 0x24f4, NUMERIC_ONLY, K_PLAIN, 0},
    {0x24f5, 0x24fd, DIGIT_ONLY, K_PLAIN, 0},
    {0x24fe, 0x24fe, NUMERIC_ONLY, K_PLAIN, 0},
    {0x24ff, 0x24ff, DIGIT_ONLY, K_PLAIN, 0},
    {0x2776, 0x277e, DIGIT_ONLY, K_PLAIN, 0},
    {0x277f, 0x277f, NUMERIC_ONLY, K_PLAIN, 0},
    {0x2780, 0x2788, DIGIT_ONLY, K_PLAIN, 0},
    {0x2789, 0x2789, NUMERIC_ONLY, K_PLAIN, 0},
    {0x278a, 0x2792, DIGIT_ONLY, K_PLAIN, 0},
    {0x2793, 0x2793, NUMERIC_ONLY, K_PLAIN, 0},
    {0x2c00, 0x2c2f, UPPER_L, K_UPPER, 48},
    {0x2c30, 0x2c5f, LOWER_L, K_LOWER, 48},
    {0x2c60, 0x2c61, 0, K_ALT_EVEN, 0},
    {0x2c67, 0x2c6c, 0, K_ALT_ODD, 0},
    {0x2c80, 0x2ce3, 0, K_ALT_EVEN, 0},
    {0x2ceb, 0x2cee, 0, K_ALT_ODD, 0},
    {0x2d00, 0x2d25, LOWER_L, K_LOWER, 7264},
    {0x2d30, 0x2d67, LETTER, K_PLAIN, 0},
    {0x2de0, 0x2dff, MARK, K_PLAIN, 0},
    {0x3000, 0x3000, SPACE_Z, K_PLAIN, 0},
    {0x3005, 0x3005, MODIFIER, K_PLAIN, 0},
    {0x3006, 0x3006, LETTER, K_PLAIN, 0},
    {0x3007, 0x3007, NUMERIC_ONLY | UC_XID_START | UC_XID_CONTINUE, K_PLAIN, 0},
    {0x3021, 0x3029, NUMERIC_ONLY | UC_XID_START | UC_XID_CONTINUE, K_PLAIN, 0},
    {0x302a, 0x302f, MARK, K_PLAIN, 0},
    {0x3031, 0x3035, MODIFIER, K_PLAIN, 0},
    {0x3038, 0x303a, NUMERIC_ONLY | UC_XID_START | UC_XID_CONTINUE, K_PLAIN, 0},
    {0x303b, 0x303b, MODIFIER, K_PLAIN, 0},
    {0x303c, 0x303c, LETTER, K_PLAIN, 0},
    {0x3041, 0x3096, LETTER, K_PLAIN, 0},
    {0x3099, 0x309a, MARK, K_PLAIN, 0},
    {0x309d, 0x309e, MODIFIER, K_PLAIN, 0},
    {0x309f, 0x309f, LETTER, K_PLAIN, 0},
    {0x30a1, 0x30fa, LETTER, K_PLAIN, 0},
    {0x30fc, 0x30fe, MODIFIER, K_PLAIN, 0},
    {0x30ff, 0x30ff, LETTER, K_PLAIN, 0},
    {0x3105, 0x312f, LETTER, K_PLAIN, 0},
    {0x3131, 0x318e, LETTER, K_PLAIN, 0},
    {0x31a0, 0x31bf, LETTER, K_PLAIN, 0},
    {0x31f0, 0x31ff, LETTER, K_PLAIN, 0},
    {0x3400, 0x4dbf, LETTER, K_PLAIN, 0},
    {0x4e00, 0x9fff, LETTER, K_PLAIN, 0},
    {0xa000, 0xa48c, LETTER, K_PLAIN, 0},
    {0xa640, 0xa66d, 0, K_ALT_EVEN, 0},
    {0xa680, 0xa69b, 0, K_ALT_EVEN, 0},
    {0xa722, 0xa72f, 0, K_ALT_EVEN, 0},
    {0xa732, 0xa76f, 0, K_ALT_EVEN, 0},
    {0xa779, 0xa77c, 0, K_ALT_ODD, 0},
    {0xa77e, 0xa787, 0, K_ALT_EVEN, 0},
    {0xa78b, 0xa78c, 0, K_ALT_ODD, 0},
    {0xa790, 0xa793, 0, K_ALT_EVEN, 0},
    {0xa796, 0xa7a9, 0, K_ALT_EVEN, 0},
    {0xab70, 0xabbf, LOWER_L, K_LOWER, 38864},
    {0xac00, 0xd7a3, LETTER, K_PLAIN, 0},
    {0xd7a4, 0xd7af, NONPRINT, K_PLAIN, 0},
    {0xd800, 0xf8ff, NONPRINT, K_PLAIN, 0},        /* surrogates, private use */
    {0xf900, 0xfa6d, LETTER, K_PLAIN, 0},
    {0xfa70, 0xfad9, LETTER, K_PLAIN, 0},
    {0xfb1d, 0xfb1d, LETTER, K_PLAIN, 0},
    {0xfb1e, 0xfb1e, MARK, K_PLAIN, 0},
    {0xfb1f, 0xfb28, LETTER, K_PLAIN, 0},
    {0xfb2a, 0xfb4f, LETTER, K_PLAIN, 0},
    {0xfb50, 0xfbb1, LETTER, K_PLAIN, 0},
    {0xfbd3, 0xfd3d, LETTER, K_PLAIN, 0},
    {0xfd50, 0xfdc7, LETTER, K_PLAIN, 0},
    {0xfdd0, 0xfdef, NONPRINT, K_PLAIN, 0},
    {0xfdf0, 0xfdfb, LETTER, K_PLAIN, 0},
    {0xfe00, 0xfe0f, MARK, K_PLAIN, 0},
    {0xfe20, 0xfe2f, MARK, K_PLAIN, 0},
    {0xfe33, 0xfe34, UC_XID_CONTINUE | UC_PRINTABLE, K_PLAIN, 0},
    {0xfe4d, 0xfe4f, UC_XID_CONTINUE | UC_PRINTABLE, K_PLAIN, 0},
    {0xfe70, 0xfe74, LETTER, K_PLAIN, 0},
    {0xfe76, 0xfefc, LETTER, K_PLAIN, 0},
    {0xfeff, 0xfeff, FORMAT, K_PLAIN, 0},
    {0xff21, 0xff3a, UPPER_L, K_UPPER, 32},
    {0xff3f, 0xff3f, UC_XID_CONTINUE | UC_PRINTABLE, K_PLAIN, 0},
    {0xff41, 0xff5a, LOWER_L, K_LOWER, 32},
    {0xff66, 0xff6f, LETTER, K_PLAIN, 0},
    {0xff70, 0xff70, MODIFIER, K_PLAIN, 0},
    {0xff71, 0xff9d, LETTER, K_PLAIN, 0},
    {0xff9e, 0xff9f, MODIFIER, K_PLAIN, 0},
    {0xffa0, 0xffdc, LETTER, K_PLAIN, 0},
    {0xfff0, 0xfffb, FORMAT, K_PLAIN, 0},
    {0xfffe, 0xffff, NONPRINT, K_PLAIN, 0},
    {0x10000, 0x100fa, LETTER, K_PLAIN, 0},
    {0x10400, 0x10427, UPPER_L, K_UPPER, 40},
    {0x10428, 0x1044f, LOWER_L, K_LOWER, 40},
    {0x10450, 0x1049d, LETTER, K_PLAIN, 0},
    {0x1d400, 0x1d7cb, LETTER | UC_CASED, K_PLAIN, 0},
    {0x1e900, 0x1e921, UPPER_L, K_UPPER, 34},
    {0x1e922, 0x1e943, LOWER_L, K_LOWER, 34},
    {0x20000, 0x2a6df, LETTER, K_PLAIN, 0},
    {0x2a6e0, 0x2a6ff, NONPRINT, K_PLAIN, 0},
    {0x2a700, 0x2ebe0, LETTER, K_PLAIN, 0},
    {0x2ebe1, 0x2f7ff, NONPRINT, K_PLAIN, 0},
    {0x2f800, 0x2fa1d, LETTER, K_PLAIN, 0},
    {0x2fa1e, 0x2ffff, NONPRINT, K_PLAIN, 0},
    {0x30000, 0x3134a, LETTER, K_PLAIN, 0},
    {0x3134b, 0xe00ff, NONPRINT, K_PLAIN, 0},      /* unassigned, tags (Cf) */
    {0xe0100, 0xe01ef, MARK, K_PLAIN, 0},
    {0xe01f0, 0x10ffff, NONPRINT, K_PLAIN, 0},     /* unassigned, private use */
};

/* First code points of the blocks of ten decimal digits (Nd) outside Latin-1. */
static const uint32_t decimal_starts[] = {
    0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66,
    0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810,
    0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0,
    0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
    0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8,
    0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

/* CJK ideographs that are numeric (isnumeric() is True; they are letters too). */
static const uint32_t cjk_numerals[] = {
    0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c,
    0x4e94, 0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146,
    0x5169, 0x516b, 0x516d, 0x5341, 0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2,
    0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0d,
    0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e, 0x8086, 0x842c,
    0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6,
};

static const UcRange *find_range(uint32_t cp) {
    size_t lo = 0, hi = sizeof ranges / sizeof ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < ranges[mid].lo) hi = mid;
        else if (cp > ranges[mid].hi) lo = mid + 1;
        else return &ranges[mid];
    }
    return NULL;
}

static int in_sorted(const uint32_t *a, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < a[mid]) hi = mid;
        else if (cp > a[mid]) lo = mid + 1;
        else return 1;
    }
    return 0;
}

static int decimal_block(uint32_t cp) {
    size_t lo = 0, hi = sizeof decimal_starts / sizeof decimal_starts[0];
    while (lo < hi) {   /* last start <= cp */
        size_t mid = (lo + hi) / 2;
        if (decimal_starts[mid] <= cp) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return -1;
    uint32_t start = decimal_starts[lo - 1];
    return cp - start < 10 ? (int)(cp - start) : -1;
}

/* ---- Special characters (digraphs, ligatures, one-offs) ---- */

typedef struct UcSpecial {
    uint32_t cp;
    uint16_t props;
    uint32_t lower[3], upper[3], title[3], fold[3];   /* 0-terminated; {0}: the char itself */
} UcSpecial;

static const UcSpecial specials[] = {
    {0x0130, UPPER_L, {0x69, 0x307}, {0}, {0}, {0x69, 0x307}},
    {0x0131, LOWER_L, {0}, {0x49}, {0x49}, {0}},
    {0x0149, LOWER_L, {0}, {0x2bc, 0x4e}, {0x2bc, 0x4e}, {0x2bc, 0x6e}},
    {0x0178, UPPER_L, {0xff}, {0}, {0}, {0xff}},
    {0x017f, LOWER_L, {0}, {0x53}, {0x53}, {0x73}},
    {0x01c4, UPPER_L, {0x1c6}, {0}, {0x1c5}, {0x1c6}},
    {0x01c5, TITLE_L, {0x1c6}, {0x1c4}, {0}, {0x1c6}},
    {0x01c6, LOWER_L, {0}, {0x1c4}, {0x1c5}, {0}},
    {0x01c7, UPPER_L, {0x1c9}, {0}, {0x1c8}, {0x1c9}},
    {0x01c8, TITLE_L, {0x1c9}, {0x1c7}, {0}, {0x1c9}},
    {0x01c9, LOWER_L, {0}, {0x1c7}, {0x1c8}, {0}},
    {0x01ca, UPPER_L, {0x1cc}, {0}, {0x1cb}, {0x1cc}},
    {0x01cb, TITLE_L, {0x1cc}, {0x1ca}, {0}, {0x1cc}},
    {0x01cc, LOWER_L, {0}, {0x1ca}, {0x1cb}, {0}},
    {0x01f1, UPPER_L, {0x1f3}, {0}, {0x1f2}, {0x1f3}},
    {0x01f2, TITLE_L, {0x1f3}, {0x1f1}, {0}, {0x1f3}},
    {0x01f3, LOWER_L, {0}, {0x1f1}, {0x1f2}, {0}},
    {0x03c2, LOWER_L, {0}, {0x3a3}, {0x3a3}, {0x3c3}},
    {0x0587, LOWER_L, {0}, {0x535, 0x552}, {0x535, 0x582}, {0x565, 0x582}},
    {0x1e9e, UPPER_L, {0xdf}, {0}, {0}, {0x73, 0x73}},
    {0x2126, UPPER_L, {0x3c9}, {0}, {0}, {0x3c9}},
    {0x212a, UPPER_L, {0x6b}, {0}, {0}, {0x6b}},
    {0x212b, UPPER_L, {0xe5}, {0}, {0}, {0xe5}},
    {0xfb00, LOWER_L, {0}, {0x46, 0x46}, {0x46, 0x66}, {0x66, 0x66}},
    {0xfb01, LOWER_L, {0}, {0x46, 0x49}, {0x46, 0x69}, {0x66, 0x69}},
    {0xfb02, LOWER_L, {0}, {0x46, 0x4c}, {0x46, 0x6c}, {0x66, 0x6c}},
    {0xfb03, LOWER_L, {0}, {0x46, 0x46, 0x49}, {0x46, 0x66, 0x69}, {0x66, 0x66, 0x69}},
    {0xfb04, LOWER_L, {0}, {0x46, 0x46, 0x4c}, {0x46, 0x66, 0x6c}, {0x66, 0x66, 0x6c}},
    {0xfb05, LOWER_L, {0}, {0x53, 0x54}, {0x53, 0x74}, {0x73, 0x74}},
    {0xfb06, LOWER_L, {0}, {0x53, 0x54}, {0x53, 0x74}, {0x73, 0x74}},
};

static const UcSpecial *find_special(uint32_t cp) {
    size_t lo = 0, hi = sizeof specials / sizeof specials[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < specials[mid].cp) hi = mid;
        else if (cp > specials[mid].cp) lo = mid + 1;
        else return &specials[mid];
    }
    return NULL;
}

/* ---- Properties ---- */

unsigned uc_props(uint32_t cp) {
    if (cp < 0x100) return latin1_props(cp);
    if (decimal_block(cp) >= 0) return DECIMAL;
    const UcSpecial *sp = find_special(cp);
    if (sp) return sp->props;
    const UcRange *r = find_range(cp);
    if (!r) return UC_PRINTABLE;
    unsigned p = r->props;
    if (r->kind == K_ALT_EVEN) p = (cp & 1) ? LOWER_L : UPPER_L;
    else if (r->kind == K_ALT_ODD) p = (cp & 1) ? UPPER_L : LOWER_L;
    if (p & UC_ALPHA && in_sorted(cjk_numerals, sizeof cjk_numerals / sizeof cjk_numerals[0], cp))
        p |= UC_NUMERIC;
    return p;
}

int uc_decimal_value(uint32_t cp) {
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (cp < 0x100) return -1;
    return decimal_block(cp);
}

/* ---- Case mapping ---- */

static int copy_map(const uint32_t *m, uint32_t cp, uint32_t *out) {
    if (!m[0]) {
        out[0] = cp;
        return 1;
    }
    int n = 0;
    while (n < 3 && m[n]) {
        out[n] = m[n];
        n++;
    }
    return n;
}

/* Simple mapping from the range table: to upper (up=1) or lower (up=0). */
static uint32_t range_map(uint32_t cp, int up) {
    const UcRange *r = find_range(cp);
    if (!r) return cp;
    switch (r->kind) {
    case K_UPPER: return up ? cp : (uint32_t)((int32_t)cp + r->delta);
    case K_LOWER: return up ? (uint32_t)((int32_t)cp - r->delta) : cp;
    case K_ALT_EVEN:
        if (cp & 1) return up ? cp - 1 : cp;
        return up ? cp : cp + 1;
    case K_ALT_ODD:
        if (cp & 1) return up ? cp : cp + 1;
        return up ? cp - 1 : cp;
    default: return cp;
    }
}

int uc_to_lower(uint32_t cp, uint32_t *out) {
    if (cp < 0x100) {
        out[0] = (cp >= 'A' && cp <= 'Z') || (cp >= 0xc0 && cp <= 0xde && cp != 0xd7) ? cp + 32 : cp;
        return 1;
    }
    const UcSpecial *sp = find_special(cp);
    if (sp) return copy_map(sp->lower, cp, out);
    out[0] = range_map(cp, 0);
    return 1;
}

int uc_to_upper(uint32_t cp, uint32_t *out) {
    if (cp < 0x100) {
        if (cp == 0xdf) {
            out[0] = out[1] = 'S';
            return 2;
        }
        if (cp == 0xb5) out[0] = 0x39c;
        else if (cp == 0xff) out[0] = 0x178;
        else out[0] = (cp >= 'a' && cp <= 'z') || (cp >= 0xe0 && cp <= 0xfe && cp != 0xf7) ? cp - 32 : cp;
        return 1;
    }
    const UcSpecial *sp = find_special(cp);
    if (sp) return copy_map(sp->upper, cp, out);
    out[0] = range_map(cp, 1);
    return 1;
}

int uc_to_title(uint32_t cp, uint32_t *out) {
    if (cp == 0xdf) {
        out[0] = 'S';
        out[1] = 's';
        return 2;
    }
    const UcSpecial *sp = cp >= 0x100 ? find_special(cp) : NULL;
    if (sp) return copy_map(sp->title, cp, out);
    return uc_to_upper(cp, out);
}

int uc_to_fold(uint32_t cp, uint32_t *out) {
    if (cp < 0x100) {
        if (cp == 0xdf) {
            out[0] = out[1] = 's';
            return 2;
        }
        if (cp == 0xb5) {
            out[0] = 0x3bc;
            return 1;
        }
        return uc_to_lower(cp, out);
    }
    const UcSpecial *sp = find_special(cp);
    if (sp) return copy_map(sp->fold, cp, out);
    /* Cherokee folds to its uppercase letters. */
    if (cp >= 0xab70 && cp <= 0xabbf) {
        out[0] = cp - 38864;
        return 1;
    }
    if (cp >= 0x13f8 && cp <= 0x13fd) {
        out[0] = cp - 8;
        return 1;
    }
    if (cp >= 0x13a0 && cp <= 0x13f5) {
        out[0] = cp;
        return 1;
    }
    out[0] = range_map(cp, 0);
    return 1;
}
