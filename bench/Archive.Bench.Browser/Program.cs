using PaperArchive.Bench.Browser;

return await BrowserBench.RunAsync(args, Console.Out, Console.Error);
