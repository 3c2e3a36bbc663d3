using Steward.Ocds;

namespace Steward.Cli;

/// <summary>
/// Decides which problems are listed: at most a given number of each kind (code), so a file with a million of the
/// same mistake still gives a readable report; the rest are counted.
/// </summary>
internal sealed class ProblemListing(int maxPerCode)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _omitted = new(StringComparer.Ordinal);
    private readonly List<OcdsProblem> _listed = [];

    /// <summary>Problems listed so far.</summary>
    public IReadOnlyList<OcdsProblem> Listed => _listed;

    /// <summary>How many of each kind were not listed.</summary>
    public IReadOnlyDictionary<string, long> Omitted => _omitted;

    /// <summary>True when <paramref name="problem"/> is to be listed.</summary>
    public bool Admit(OcdsProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var count = _seen.GetValueOrDefault(problem.Code) + 1;
        _seen[problem.Code] = count;
        if (maxPerCode > 0 && count > maxPerCode)
        {
            _omitted[problem.Code] = _omitted.GetValueOrDefault(problem.Code) + 1;
            return false;
        }

        _listed.Add(problem);
        return true;
    }
}
