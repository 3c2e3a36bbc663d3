using Steward.Cli;

return await StewardCommand.RunAsync(args, CliConsole.System());
