using System.Globalization;
using Spectre.Console;
using Steward.Data.Ingest;

namespace Steward.Cli;

/// <summary>
/// Shows an import's progress on standard error: a progress bar with rate and time left on a terminal
/// (Spectre.Console), plain lines every few seconds when standard error is redirected to a file or a pipe.
/// </summary>
internal abstract class ImportProgressDisplay : IImportProgress
{
    public static ImportProgressDisplay For(CliConsole console) =>
        console.Interactive ? new Bar(console) : new Lines(console);

    /// <summary>Runs one input's import with the display around it.</summary>
    public abstract ImportResult Run(Func<ImportResult> import);

    public abstract void Started(string source, long? length);

    public abstract void Reading(long bytes, long releases);

    public abstract void Compiling(long done, long total);

    public abstract void Finished(ImportResult result);

    private static string Summary(ImportResult result) =>
        $"{result.Source}: {result.New:N0} new, {result.Changed:N0} changed, {result.Skipped:N0} skipped; {result.Records:N0} records compiled";

    /// <summary>Plain lines, for logs and pipes.</summary>
    private sealed class Lines(CliConsole console) : ImportProgressDisplay
    {
        private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
        private string _source = string.Empty;
        private long? _length;
        private long _started;
        private long _last;

        public override ImportResult Run(Func<ImportResult> import) => import();

        public override void Started(string source, long? length)
        {
            _source = source;
            _length = length;
            _started = _last = console.Time.GetTimestamp();
            console.Error.WriteLine($"import: {source}{(length is { } l ? $" ({l / 1e6:F1} MB)" : string.Empty)}");
        }

        public override void Reading(long bytes, long releases)
        {
            var now = console.Time.GetTimestamp();
            if (console.Time.GetElapsedTime(_last, now) < Every)
            {
                return;
            }

            _last = now;
            var seconds = Math.Max(console.Time.GetElapsedTime(_started, now).TotalSeconds, 0.001);
            var rate = bytes / seconds;
            var eta = _length is { } length && rate > 0 ? TimeSpan.FromSeconds((length - bytes) / rate).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "?";
            var share = _length is { } total && total > 0 ? $"{bytes * 100.0 / total:F0}% " : string.Empty;
            console.Error.WriteLine($"import: {_source}: {share}{bytes / 1e6:F1} MB, {releases:N0} releases, {rate / 1e6:F1} MB/s, ETA {eta}");
        }

        public override void Compiling(long done, long total)
        {
            var now = console.Time.GetTimestamp();
            if (console.Time.GetElapsedTime(_last, now) >= Every)
            {
                _last = now;
                console.Error.WriteLine($"import: {_source}: {done:N0} records compiled");
            }
        }

        public override void Finished(ImportResult result) => console.Error.WriteLine($"import: {Summary(result)}");
    }

    /// <summary>A Spectre.Console progress bar, for a person at a terminal.</summary>
    private sealed class Bar(CliConsole console) : ImportProgressDisplay
    {
        private readonly IAnsiConsole _terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        private ProgressTask? _task;
        private long? _length;

        public override ImportResult Run(Func<ImportResult> import)
        {
            ImportResult? result = null;
            _terminal.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    _task = context.AddTask("starting", maxValue: 1);
                    result = import();
                });
            return result!;
        }

        public override void Started(string source, long? length)
        {
            _length = length;
            if (_task is not null)
            {
                _task.Description = Markup.Escape(Path.GetFileName(source));
                _task.MaxValue = length ?? 1;
                _task.IsIndeterminate = length is null;
            }
        }

        public override void Reading(long bytes, long releases)
        {
            if (_task is not null)
            {
                _task.Value = _length is null ? 0 : bytes;
            }
        }

        public override void Compiling(long done, long total)
        {
            if (_task is not null)
            {
                _task.Description = $"compiling {done:N0} records";
            }
        }

        public override void Finished(ImportResult result)
        {
            if (_task is not null)
            {
                _task.Value = _task.MaxValue;
            }

            console.Error.WriteLine($"import: {Summary(result)}");
        }
    }
}
