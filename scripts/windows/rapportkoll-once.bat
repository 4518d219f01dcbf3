@echo off
rem Processes what is in the drop folder and exits: for Windows Task Scheduler.
rem Exit code 0: every file went to klart or fel; 2: folder unusable; 4: some file could not be handled (see rapportkoll-watch.0.log).
set DROP=\\server\ekonomi\rapportkoll
set JAR=%~dp0rapportkoll.jar
java -jar "%JAR%" watch "%DROP%" --once
exit /b %ERRORLEVEL%
