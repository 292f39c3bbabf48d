/* A Windows stand-in for a Linux program, for the tests under Wine (scripts/windows builds it as
 * pdftotext.exe, pdfinfo.exe, pdffonts.exe and unzip.exe). The tests read their PDFs back with poppler's
 * tools (and their ODTs with unzip), which a Windows test process starts by name and hands Windows paths:
 * this program runs /usr/bin/<its own name> instead, with every argument that names an existing Windows file
 * turned into its Linux path, waits for it, passes its output on and returns its exit code.
 *
 * Two things of Wine decide how. CreateProcess starts a Linux program detached and returns no process handle
 * (ntdll's fork_and_exec), so nothing could wait for it or learn its exit code: ntdll's __wine_unix_spawnvp
 * runs it and, told to wait, returns its exit status. And a program started without a console (as QProcess
 * starts it) has no Linux standard output of its own, only Windows handles: the Linux program writes into
 * temporary files, whose content this program then writes to its own standard output and error. */
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <windows.h>

typedef char*(CDECL* UnixFileName)(const WCHAR*);
typedef LONG(CDECL* UnixSpawn)(char* const argv[], int wait);

static char* utf8(const WCHAR* text)
{
    const int size = WideCharToMultiByte(CP_UTF8, 0, text, -1, NULL, 0, NULL, NULL);
    char* bytes = HeapAlloc(GetProcessHeap(), 0, size);
    WideCharToMultiByte(CP_UTF8, 0, text, -1, bytes, size, NULL, NULL);
    return bytes;
}

/* ARGUMENT as a Linux program takes it: a Windows file's Linux path, or the text itself in UTF-8. */
static char* unixArgument(const WCHAR* argument, UnixFileName toUnix)
{
    if (argument[0] != L'-' && GetFileAttributesW(argument) != INVALID_FILE_ATTRIBUTES) {
        char* path = toUnix(argument);
        if (path)
            return path;
    }
    return utf8(argument);
}

/* Writes the content of FILE to the standard handle WHICH, then deletes FILE. */
static void passOn(const WCHAR* file, DWORD which)
{
    HANDLE in = CreateFileW(file, GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    HANDLE out = GetStdHandle(which);
    char buffer[65536];
    DWORD read = 0, written = 0;
    while (in != INVALID_HANDLE_VALUE && ReadFile(in, buffer, sizeof buffer, &read, NULL) && read > 0)
        if (out != NULL && out != INVALID_HANDLE_VALUE)
            WriteFile(out, buffer, read, &written, NULL);
    if (in != INVALID_HANDLE_VALUE)
        CloseHandle(in);
    DeleteFileW(file);
}

int wmain(int argc, WCHAR** argv)
{
    WCHAR self[MAX_PATH];
    GetModuleFileNameW(NULL, self, MAX_PATH);
    WCHAR* name = wcsrchr(self, L'\\') ? wcsrchr(self, L'\\') + 1 : self;
    WCHAR* dot = wcsrchr(name, L'.');
    if (dot)
        *dot = 0;
    UnixFileName toUnix =
        (UnixFileName)(void*)GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "wine_get_unix_file_name");
    UnixSpawn spawn = (UnixSpawn)(void*)GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "__wine_unix_spawnvp");
    if (!toUnix || !spawn) {
        fprintf(stderr, "%ls: not running under Wine\n", name);
        return 127;
    }

    WCHAR temp[MAX_PATH], output[MAX_PATH], errors[MAX_PATH];
    GetTempPathW(MAX_PATH, temp);
    if (!GetTempFileNameW(temp, L"out", 0, output) || !GetTempFileNameW(temp, L"err", 0, errors)) {
        fprintf(stderr, "%ls: no temporary file in %ls\n", name, temp);
        return 127;
    }

    /* sh -c SCRIPT sh OUTPUT ERRORS PROGRAM ARGUMENTS... */
    char** unixArgv = HeapAlloc(GetProcessHeap(), 0, (argc + 7) * sizeof(char*));
    int n = 0;
    unixArgv[n++] = "/bin/sh";
    unixArgv[n++] = "-c";
    unixArgv[n++] = "out=$1 err=$2; shift 2; exec \"$@\" <\"/dev/null\" >\"$out\" 2>\"$err\"";
    unixArgv[n++] = "sh";
    unixArgv[n++] = toUnix(output);
    unixArgv[n++] = toUnix(errors);
    WCHAR program[MAX_PATH];
    swprintf(program, MAX_PATH, L"/usr/bin/%ls", name);
    unixArgv[n++] = utf8(program);
    for (int i = 1; i < argc; ++i)
        unixArgv[n++] = unixArgument(argv[i], toUnix);
    unixArgv[n] = NULL;

    const LONG status = spawn(unixArgv, TRUE);
    passOn(output, STD_OUTPUT_HANDLE);
    passOn(errors, STD_ERROR_HANDLE);
    if (status < 0) { /* an NTSTATUS: the program could not be started */
        fprintf(stderr, "%ls: cannot start /usr/bin/%ls (status 0x%08lx)\n", name, name,
                (unsigned long)status);
        return 127;
    }
    return (int)status; /* the program's exit code; 255 when a signal ended it */
}
