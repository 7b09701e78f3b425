import DVKCommandLine
DVKMain.run()
