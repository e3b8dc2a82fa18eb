; Inno Setup 6 script for HubDesk on Windows: per-user install (no administrator rights), Italian and
; English, start-menu entry, .asice opens in HubDesk (the reviewer view), uninstaller.
; Build on Windows from the repository root (see README "Installers"):
;   .venv\Scripts\python packaging\make_icons.py build\bundle\icons
;   set HUBDESK_BUILD_DIR=build\bundle
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\bundle\pyinstaller packaging\hubdesk.spec
;   "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" /DAppVersion=<version> packaging\windows\hubdesk.iss
; Output: dist\HubDesk-<version>-setup.exe

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z packaging\windows\hubdesk.iss (from hubdesk/__init__.py)
#endif

[Setup]
AppId={{6B7C1F0E-3D1A-4E55-9E2B-8C1B2D0F4A11}
AppName=HubDesk
AppVersion={#AppVersion}
AppVerName=HubDesk {#AppVersion}
AppPublisher=HubDesk developers
DefaultDirName={autopf}\HubDesk
DefaultGroupName=HubDesk
DisableProgramGroupPage=yes
; per-user install: {autopf} is %LOCALAPPDATA%\Programs, registry entries go under HKCU
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=HubDesk-{#AppVersion}-setup
SetupIconFile=..\..\build\bundle\icons\hubdesk.ico
UninstallDisplayIcon={app}\hubdesk.exe
UninstallDisplayName=HubDesk {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto

[Languages]
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
it.AsicePackage=Pacchetto firmato ASiC-E
en.AsicePackage=ASiC-E signed package
it.AssociateAsice=Apri i file .asice con HubDesk
en.AssociateAsice=Open .asice files with HubDesk

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateAsice}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the one-folder bundle made by packaging/hubdesk.spec (same data as the Linux bundle)
Source: "..\..\dist\hubdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\HubDesk"; Filename: "{app}\hubdesk.exe"
Name: "{autodesktop}\HubDesk"; Filename: "{app}\hubdesk.exe"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install (HKLM only when an administrator chose "all users")
Root: HKA; Subkey: "Software\Classes\.asice\OpenWithProgids"; ValueType: string; ValueName: "HubDesk.asice"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.sce\OpenWithProgids"; ValueType: string; ValueName: "HubDesk.asice"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.asice"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.etsi.asic-e+zip"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\HubDesk.asice"; ValueType: string; ValueName: ""; ValueData: "{cm:AsicePackage}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\HubDesk.asice\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\hubdesk.exe,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\HubDesk.asice\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\hubdesk.exe"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\hubdesk.exe\SupportedTypes"; ValueType: string; ValueName: ".asice"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\hubdesk.exe"; Description: "{cm:LaunchProgram,HubDesk}"; Flags: nowait postinstall skipifsilent
