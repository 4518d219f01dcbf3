@echo off
rem Watches the drop folder until the window is closed or Ctrl+C.
rem Change DROP to the shared folder; inkorg, klart, fel and arkiv are created in it.
set DROP=\\server\ekonomi\rapportkoll
set JAR=%~dp0rapportkoll.jar
java -jar "%JAR%" watch "%DROP%"
