using PaperArchive.Cli;

return ArchiveCommandLine.Create().Parse(args).Invoke();
