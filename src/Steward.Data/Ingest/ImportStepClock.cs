using System.Diagnostics;

namespace Steward.Data.Ingest;

/// <summary>Times an import's steps one after another, each from the end of the one before.</summary>
internal sealed class ImportStepClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly List<ImportStep> _steps = [];
    private TimeSpan _cpu = ProcessCpu();

    public IReadOnlyList<ImportStep> Steps => _steps;

    /// <summary>The step named <paramref name="name"/> ends now; the next starts.</summary>
    public void Done(string name)
    {
        var cpu = ProcessCpu();
        _steps.Add(new ImportStep(name, _wall.Elapsed, cpu - _cpu));
        _wall.Restart();
        _cpu = cpu;
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
