using NQStream.Cli.Hosting;

return CliApp.Run(args);
