@echo off
rem Starts the rapportkoll window. Keep this file in the same folder as rapportkoll.jar.
rem javaw runs Java without a console window; "start" lets this console close at once.
where javaw >nul 2>nul
if errorlevel 1 (
  echo Java 17 eller senare behovs: installera Java och forsok igen. / Java 17 or later is needed.
  pause
  exit /b 1
)
start "" javaw -jar "%~dp0rapportkoll.jar"
