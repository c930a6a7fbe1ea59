; TBN-4 Desktop installer (NSIS 3, 64-bit Unicode stub).
;
; Built by installer/build_windows.sh, which passes everything that changes:
;   makensis -INPUTCHARSET UTF8 -DVERSION=<__version__> -DVERSION4=<its four numbers> \
;            -DAPP_DIR=<PyInstaller one-folder app> -DOUT_FILE=<setup.exe> \
;            -DSIZE_KB=<installed size> -DWIZARD_BMP=<164x314 BMP> installer/tbn4.nsi
; The version lives only in tbn4_desktop/__init__.py (tests/test_installer_files.py
; checks that this file has no version literal).
;
; Per-user install, no administrator rights: %LOCALAPPDATA%\Programs\TBN4,
; shortcuts and the uninstall entry under the current user (HKCU). The user's
; data folder (%LOCALAPPDATA%\TBN4, or data\ beside a portable copy) is never
; touched by install, upgrade or uninstall.

Unicode true
Target amd64-unicode

!ifndef VERSION
  !error "VERSION is not set: build with installer/build_windows.sh"
!endif
!ifndef VERSION4
  !error "VERSION4 (four numbers, for the version resource) is not set"
!endif
!ifndef APP_DIR
  !error "APP_DIR (the PyInstaller one-folder app) is not set"
!endif
!ifndef OUT_FILE
  !error "OUT_FILE is not set"
!endif
!ifndef SIZE_KB
  !define SIZE_KB 0
!endif

!define PRODUCT "ТБН-4: исполнение проектов"
!define SHORTCUT_NAME "ТБН-4 — исполнение проектов"
!define PUBLISHER "TBN-4 Desktop"
!define EXE "tbn4.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\TBN4"
!define STARTMENU_DIR "$SMPROGRAMS\ТБН-4"

!include "MUI2.nsh"
!include "LogicLib.nsh"

Name "${PRODUCT}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\TBN4"
; An upgrade goes where the previous version is.
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
SetCompressorDictSize 64
ManifestDPIAware true
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

; ------------------------------------------------------------------ pages --

!define MUI_ICON "tbn4.ico"  ; makensis runs in the script's folder
!define MUI_UNICON "tbn4.ico"
!ifdef WIZARD_BMP  ; installer/wizard_bitmap.py, made by the build
  !define MUI_WELCOMEFINISHPAGE_BITMAP "${WIZARD_BMP}"
!endif
!define MUI_ABORTWARNING
; NSIS's own titles name the product in full and do not fit in three lines.
!define MUI_WELCOMEPAGE_TITLE "Установка программы ТБН-4"
!define MUI_FINISHPAGE_TITLE "Установка завершена"
!define MUI_WELCOMEPAGE_TEXT "Программа установит «${PRODUCT}» версии ${VERSION} для текущего пользователя. Права администратора не нужны.$\r$\n$\r$\nЕсли программа уже установлена, она будет обновлена; ваши данные (база, файлы, настройки) сохранятся.$\r$\n$\r$\nНажмите «Далее», чтобы продолжить."
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Запустить программу"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Russian"

; ------------------------------------------------ setup.exe version resource --

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_RUSSIAN} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_RUSSIAN} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_RUSSIAN} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_RUSSIAN} "FileDescription" "Установка программы «${PRODUCT}»"
VIAddVersionKey /LANG=${LANG_RUSSIAN} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_RUSSIAN} "LegalCopyright" "${PUBLISHER}"

; ---------------------------------------------------------------- helpers --

; The running program locks tbn4.exe; ask to close it instead of leaving a
; half-replaced folder. Silent mode cannot ask: it gives up (exit code 2).
!macro WAIT_UNTIL_CLOSED
  ${DoWhile} ${FileExists} "$INSTDIR\${EXE}"
    ClearErrors
    FileOpen $0 "$INSTDIR\${EXE}" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION \
      "Программа «${PRODUCT}» сейчас открыта. Закройте её и нажмите «Повтор»." \
      /SD IDCANCEL IDRETRY +3
    SetErrorLevel 2
    Quit
  ${Loop}
!macroend

; What a version installs: tbn4.exe and the _internal\ folder (PyInstaller
; one-folder). Removing exactly these before copying the new version drops
; files the new version no longer has, and never touches anything else the
; folder may hold (a portable data\ folder, the user's own files).
!macro REMOVE_PROGRAM_FILES
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
!macroend

; --------------------------------------------------------------- sections --

Section "Программа" SecProgram
  SectionIn RO
  !insertmacro WAIT_UNTIL_CLOSED
  !insertmacro REMOVE_PROGRAM_FILES

  SetOutPath "$INSTDIR"
  File /r "${APP_DIR}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateDirectory "${STARTMENU_DIR}"
  CreateShortcut "${STARTMENU_DIR}\${SHORTCUT_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "${STARTMENU_DIR}\Удалить ТБН-4.lnk" "$INSTDIR\${UNINSTALLER}" "" "$INSTDIR\${UNINSTALLER}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" ${SIZE_KB}
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Ярлык на рабочем столе" SecDesktop
  CreateShortcut "$DESKTOP\${SHORTCUT_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Section "Uninstall"
  !insertmacro WAIT_UNTIL_CLOSED
  !insertmacro REMOVE_PROGRAM_FILES
  Delete "$INSTDIR\${UNINSTALLER}"
  ; Only if empty: whatever else is there stays (the data folder is elsewhere).
  RMDir "$INSTDIR"

  Delete "${STARTMENU_DIR}\${SHORTCUT_NAME}.lnk"
  Delete "${STARTMENU_DIR}\Удалить ТБН-4.lnk"
  RMDir "${STARTMENU_DIR}"
  Delete "$DESKTOP\${SHORTCUT_NAME}.lnk"

  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
