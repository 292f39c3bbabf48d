/* A Windows stand-in for a Linux program, for the tests under Wine (scripts/windows builds it as pdftotext.exe,
 * pdfinfo.exe and pdffonts.exe). The tests read their PDFs back with poppler's tools, which a Windows test
 * process starts by name and hands Windows paths: this program runs /usr/bin/<its own name> instead, with every
 * argument that names an existing Windows file turned into its Linux path. Wine starts Linux programs itself;
 * standard input, output and error are passed through, and the exit code comes back. */
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <windows.h>

typedef char*(CDECL* UnixFileName)(const WCHAR*);

static void append(WCHAR* line, size_t size, const WCHAR* text)
{
    wcsncat(line, text, size - wcslen(line) - 1);
}

int wmain(int argc, WCHAR** argv)
{
    WCHAR self[MAX_PATH];
    GetModuleFileNameW(NULL, self, MAX_PATH);
    WCHAR* name = wcsrchr(self, L'\\') ? wcsrchr(self, L'\\') + 1 : self;
    WCHAR* dot = wcsrchr(name, L'.');
    if (dot)
        *dot = 0;
    UnixFileName toUnix = (UnixFileName)GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "wine_get_unix_file_name");
    if (!toUnix) {
        fprintf(stderr, "%ls: not running under Wine\n", name);
        return 127;
    }

    static WCHAR line[32768];
    append(line, 32768, L"\"/usr/bin/");
    append(line, 32768, name);
    append(line, 32768, L"\"");
    for (int i = 1; i < argc; ++i) {
        const WCHAR* argument = argv[i];
        WCHAR converted[4096];
        if (argument[0] != L'-' && GetFileAttributesW(argument) != INVALID_FILE_ATTRIBUTES) {
            char* unixPath = toUnix(argument);
            if (unixPath) {
                MultiByteToWideChar(CP_UTF8, 0, unixPath, -1, converted, 4096);
                HeapFree(GetProcessHeap(), 0, unixPath);
                argument = converted;
            }
        }
        append(line, 32768, L" \"");
        append(line, 32768, argument);
        append(line, 32768, L"\"");
    }

    STARTUPINFOW startup = {sizeof startup};
    PROCESS_INFORMATION process;
    if (!CreateProcessW(NULL, line, NULL, NULL, TRUE, 0, NULL, NULL, &startup, &process)) {
        fprintf(stderr, "%ls: cannot start /usr/bin/%ls (error %lu)\n", name, name, GetLastError());
        return 127;
    }
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(process.hProcess, &code);
    return (int)code;
}
