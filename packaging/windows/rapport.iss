; Inno Setup script for Rapport on Windows: a per-user installer of the PyInstaller bundle.
;
; Build (from the repository root, on Windows, after `pyinstaller ... packaging\rapport.spec`;
; packaging\README.md has every step):
;
;   for /f %v in ('.venv\Scripts\python -c "from app import __version__; print(__version__)"') do ^
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=%v packaging\windows\rapport.iss
;
; The version is passed in from app/_version.py, the one place it is written; the
; script refuses to build without it. Output: dist\rapport-<version>-windows-x64-setup.exe
;
; Uninstalling removes the program only. The practice (%LOCALAPPDATA%\Rapport: the
; encrypted database, its key file, backups and logs) is never touched.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\windows\rapport.iss (see packaging\README.md)
#endif

#define AppName "Rapport"
#define AppExe "rapport.exe"

[Setup]
; Never change the AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{76E9C9AD-587B-4952-A2BD-0C8EA546DA70}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Rapport developers
AppCopyright=The Rapport developers, GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
VersionInfoDescription=Rapport practice software installer
; Per user by default (no administrator rights); the installer offers all users too.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=rapport-{#AppVersion}-windows-x64-setup
SetupIconFile=packaging\windows\rapport.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: rapport.exe, rapport-admin.exe and _internal\.
Source: "dist\rapport\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Offline, encrypted practice software"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] on purpose: the uninstaller removes only the files it installed,
; so whatever else lies in the program folder, and the practice itself, stays.

[Code]
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\Rapport');
end;

// The program must not be installed into the practice's own data folder.
function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and
     (CompareText(RemoveBackslashUnlessRoot(WizardDirValue()), DataFolder()) = 0) then
  begin
    MsgBox('This folder holds your practice''s data. Please choose another folder for the program.',
      mbError, MB_OK);
    Result := False;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() and DirExists(DataFolder()) then
    MsgBox('Rapport is removed. Your practice, its backups and logs are kept in ' + DataFolder() +
      '. Delete that folder yourself only once you no longer need the records.',
      mbInformation, MB_OK);
end;
