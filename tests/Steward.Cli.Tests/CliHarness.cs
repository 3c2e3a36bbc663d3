using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Steward.Cli.Tests;

/// <summary>Runs the steward command line in-process with its own standard streams and a fixed clock.</summary>
internal static class CliHarness
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    public sealed record Result(int Exit, string Out, string Error);

    public static Task<Result> Run(params string[] args) => RunWithInput(string.Empty, args);

    public static Task<Result> RunWithInput(string stdin, params string[] args) => RunWith(stdin, _ => null, args);

    /// <summary>Runs with standard input and an environment of its own (variables not given are unset).</summary>
    public static Task<Result> RunWith(string stdin, Func<string, string?> environment, params string[] args) =>
        RunCore(stdin, environment, args, TestContext.Current.CancellationToken);

    /// <summary>Runs until the command ends or <paramref name="stop"/> is cancelled (Ctrl+C).</summary>
    public static Task<Result> RunUntil(string[] args, CancellationToken stop) => RunCore(string.Empty, _ => null, args, stop);

    private static async Task<Result> RunCore(string stdin, Func<string, string?> environment, string[] args, CancellationToken stop)
    {
        using var output = new MemoryStream();
        await using var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), new FakeTimeProvider(Now))
        {
            Environment = environment,
        };
        var exit = await StewardCommand.RunAsync(args, console, stop);
        return new Result(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
