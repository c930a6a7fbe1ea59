/*
 * icuuc.dll stand-in for the wine prefix that builds and tests the Windows
 * app: Qt6Core.dll (PySide6 >= 6.10) imports ICU's converter functions from
 * Windows' own icuuc.dll (Windows 10 1903 and later), which wine lacks, so
 * without it QtCore cannot even load. Build/test environment only: it goes
 * into the prefix's system32, NEVER into the app or the installer
 * (installer/test_windows.sh checks that no icuuc.dll is installed).
 *
 * Every converter "fails to open" (U_FILE_ACCESS_ERROR), so Qt reports
 * legacy codecs as unavailable; UTF-8/UTF-16, which the app uses, are Qt's
 * own and need no ICU. Only the functions Qt6Core 6.11 imports are here.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4

EXPORT void *ucnv_open(const char *name, int *err)
{
    (void)name;
    if (err && *err <= 0)
        *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, int *err) { (void)cnv; (void)err; return ""; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, int *err)
{
    (void)name; (void)standard; (void)err;
    return NULL;
}
EXPORT int32_t ucnv_toUCountPending(const void *cnv, int *err) { (void)cnv; (void)err; return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, int *err) { (void)cnv; (void)err; return 0; }

/* Never reached (no converter ever opens); present because Qt6Core imports them. */
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void ucnv_getToUCallBack(void) {}
EXPORT void ucnv_getFromUCallBack(void) {}
EXPORT void ucnv_setToUCallBack(void) {}
EXPORT void ucnv_setFromUCallBack(void) {}
EXPORT void ucnv_cbToUWriteUChars(void) {}
EXPORT void ucnv_cbFromUWriteUChars(void) {}
EXPORT void ucnv_toUnicode(void) {}
EXPORT void ucnv_fromUnicode(void) {}
