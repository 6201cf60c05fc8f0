using System.ComponentModel.DataAnnotations;

namespace NQStream.Cli.Configuration.Options.Sources;

/// <summary>Databento live gateway address (docs/dbn.md: dataset host, port 13000, plain TCP).</summary>
public sealed class GatewayOptions
{
    /// <summary>Gateway host; the dataset lower-cased with '.' → '-' plus <c>.lsg.databento.com</c>.</summary>
    [Required]
    public string Host { get; init; } = "glbx-mdp3.lsg.databento.com";

    /// <summary>Gateway TCP port.</summary>
    [Range(1, 65535)]
    public int Port { get; init; } = 13000;
}
