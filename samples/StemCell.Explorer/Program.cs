using StemCell.Explorer;

return ExplorerApp.Run(args, Console.Out, Console.Error);
