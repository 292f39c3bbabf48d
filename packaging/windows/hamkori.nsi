; Hamkori's Windows installer (NSIS 3, Unicode). Built by scripts/windows:
;   makensis -DVERSION=0.1.0 -DSTAGE=<folder with hamkori.exe and its DLLs> -DOUTFILE=<setup.exe> hamkori.nsi
;
; Per-user (the default; no administrator needed) or all-users install, chosen on the second page or with
; /CurrentUser or /AllUsers; /S installs silently. The Start menu folder "Hamkori" holds the program, one entry
; per language that starts it in that language (named in Tajik, Russian and English), and the uninstaller.
; The uninstaller removes the program and its entries and leaves the data (%APPDATA%\Hamkori) where it is.

; A 64-bit installer (NSIS's amd64-unicode stub and plugins, shipped by Debian's nsis): Hamkori's programs are
; 64-bit anyway, and Wine without its 32-bit part (Debian's wine64 alone) runs only 64-bit programs.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not set (-DVERSION=x.y.z)"
!endif
!ifndef STAGE
  !error "STAGE is not set (-DSTAGE=folder of the files to install)"
!endif
!ifndef OUTFILE
  !define OUTFILE "hamkori-${VERSION}-setup.exe"
!endif

!define APP "Hamkori"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Hamkori"
!define SETTINGS_KEY "Software\Hamkori\Installer"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "Hamkori"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include x64.nsh
!include LogicLib.nsh

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Hamkori"

!define MUI_ICON "${STAGE}\hamkori.ico"
!define MUI_UNICON "${STAGE}\hamkori.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"
!define MUI_FINISHPAGE_RUN "$INSTDIR\hamkori.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; NSIS has no Tajik wizard; Tajik speakers read the Russian one. The language entries below are in all three.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

LangString UninstallEntry ${LANG_ENGLISH} "Uninstall Hamkori"
LangString UninstallEntry ${LANG_RUSSIAN} "Удалить Hamkori"
LangString ProgramDescription ${LANG_ENGLISH} "Case book of community police partnership teams"
LangString ProgramDescription ${LANG_RUSSIAN} "Журнал групп взаимодействия милиции с общественностью"
LangString DataKept ${LANG_ENGLISH} "Your data stays in $APPDATA\Hamkori."
LangString DataKept ${LANG_RUSSIAN} "Ваши данные остаются в $APPDATA\Hamkori."

; The Start menu entries that choose the language, each named in its own language.
!define ENTRY_TG "Hamkori (тоҷикӣ)"
!define ENTRY_RU "Hamkori (русский)"
!define ENTRY_EN "Hamkori (English)"
!define DESCRIPTION_TG "Дафтари гурӯҳҳои ҳамкории милитсия ва ҷомеа"
!define DESCRIPTION_RU "Журнал групп взаимодействия милиции с общественностью"
!define DESCRIPTION_EN "Case book of community police partnership teams"

Function .onInit
  !insertmacro MULTIUSER_INIT
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "Hamkori needs 64-bit Windows."
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Hamkori" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Files of an older version that this one no longer has must not stay: replace the program folder's content.
  RMDir /r "$INSTDIR\platforms"
  RMDir /r "$INSTDIR\sqldrivers"
  RMDir /r "$INSTDIR\styles"
  RMDir /r "$INSTDIR\imageformats"
  RMDir /r "$INSTDIR\printsupport"
  File /r "${STAGE}\*.*"

  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\Hamkori"
  CreateShortcut "$SMPROGRAMS\Hamkori\Hamkori.lnk" "$INSTDIR\hamkori.exe" "" "$INSTDIR\hamkori.exe" 0 \
    SW_SHOWNORMAL "" "$(ProgramDescription)"
  CreateShortcut "$SMPROGRAMS\Hamkori\${ENTRY_TG}.lnk" "$INSTDIR\hamkori.exe" "--lang tg" \
    "$INSTDIR\hamkori.exe" 0 SW_SHOWNORMAL "" "${DESCRIPTION_TG}"
  CreateShortcut "$SMPROGRAMS\Hamkori\${ENTRY_RU}.lnk" "$INSTDIR\hamkori.exe" "--lang ru" \
    "$INSTDIR\hamkori.exe" 0 SW_SHOWNORMAL "" "${DESCRIPTION_RU}"
  CreateShortcut "$SMPROGRAMS\Hamkori\${ENTRY_EN}.lnk" "$INSTDIR\hamkori.exe" "--lang en" \
    "$INSTDIR\hamkori.exe" 0 SW_SHOWNORMAL "" "${DESCRIPTION_EN}"
  CreateShortcut "$SMPROGRAMS\Hamkori\$(UninstallEntry).lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "Hamkori"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "Hamkori"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\hamkori.exe,0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only what the installer put here: the data file and the settings belong to the user and stay.
  Delete "$SMPROGRAMS\Hamkori\*.lnk"
  RMDir "$SMPROGRAMS\Hamkori"
  RMDir /r "$INSTDIR\platforms"
  RMDir /r "$INSTDIR\sqldrivers"
  RMDir /r "$INSTDIR\styles"
  RMDir /r "$INSTDIR\imageformats"
  RMDir /r "$INSTDIR\printsupport"
  Delete "$INSTDIR\*.exe"
  Delete "$INSTDIR\*.dll"
  Delete "$INSTDIR\*.ico"
  Delete "$INSTDIR\*.txt"
  Delete "$INSTDIR\qt.conf"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
  DeleteRegKey /ifempty SHCTX "Software\Hamkori"
  DetailPrint "$(DataKept)"
SectionEnd
