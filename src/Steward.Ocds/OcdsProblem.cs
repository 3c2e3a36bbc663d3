using Steward.Ocds.Reading;

namespace Steward.Ocds;

/// <summary>How serious a problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The data breaks the schema or cannot be used as it is.</summary>
    Error,

    /// <summary>The data is usable but odd: a check the Data Review Tool would flag, or a merge that needed a guess.</summary>
    Warning,
}

/// <summary>
/// A problem found in OCDS input, with as much of its place as is known: the file and line, the release or
/// process, and the JSON path. <see cref="Code"/> is a stable kebab-case name for machines.
/// </summary>
public sealed record OcdsProblem(ProblemSeverity Severity, string Code, string Message)
{
    public SourceLocation? Location { get; init; }

    public string? Ocid { get; init; }

    public string? ReleaseId { get; init; }

    /// <summary>Where in the release or package, as a JSON path like <c>tender/items/0/id</c>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>One line for people: <c>file:line (byte N): warning: [ocid, release, path] message</c>.</summary>
    public override string ToString()
    {
        var place = new List<string>();
        if (Ocid is not null)
        {
            place.Add($"ocid {Ocid}");
        }

        if (ReleaseId is not null)
        {
            place.Add($"release {ReleaseId}");
        }

        if (JsonPath is not null)
        {
            place.Add($"at {JsonPath}");
        }

        var where = Location is null ? string.Empty : $"{Location with { JsonPath = null }}: ";
        var context = place.Count == 0 ? string.Empty : $"[{string.Join(", ", place)}] ";
        return $"{where}{(Severity == ProblemSeverity.Error ? "error" : "warning")}: {context}{Message} ({Code})";
    }
}
