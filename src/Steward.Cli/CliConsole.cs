using System.Text;

namespace Steward.Cli;

/// <summary>
/// What a command talks to: standard output (as bytes, since results are JSON), standard error, standard input and
/// the clock. Tests pass their own to run commands in-process.
/// </summary>
internal sealed record CliConsole(Stream Out, TextWriter Error, Func<Stream> OpenInput, TimeProvider Time)
{
    /// <summary>Reads an environment variable (tests supply their own).</summary>
    public Func<string, string?> Environment { get; init; } = global::System.Environment.GetEnvironmentVariable;

    /// <summary>True when standard error is a terminal: progress is drawn as a bar rather than written as lines.</summary>
    public bool Interactive { get; init; }

    /// <summary>The process's own console.</summary>
    public static CliConsole System() => new(
        Console.OpenStandardOutput(),
        new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true },
        Console.OpenStandardInput,
        TimeProvider.System)
    {
        Interactive = !Console.IsErrorRedirected,
    };

    /// <summary>A writer for text results on standard output (UTF-8, no byte-order mark).</summary>
    public TextWriter OutText() => new StreamWriter(Out, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
}
