/*
 * bcryptprimitives.dll stand-in for the wine prefix that builds, tests and
 * benchmarks the Windows app: cryptography's _rust.pyd (Rust's standard
 * library, since Rust 1.78) imports ProcessPrng from Windows' own
 * bcryptprimitives.dll (Windows 8 and later), which Debian 12's wine 8.0
 * lacks, so `import cryptography.x509` fails with "DLL load failed while
 * importing _rust" (the demo's signatures, the signature check). Build/test
 * environment only, like icuuc_stub.c: it goes into the prefix's system32,
 * NEVER into the app or the installer.
 *
 * ProcessPrng fills the buffer from the system RNG and always succeeds, as
 * on Windows; here it asks wine's bcrypt.dll (BCryptGenRandom).
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
