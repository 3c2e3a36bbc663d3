namespace Steward.Core.OpenBook;

/// <summary>One line a buyer asks suppliers to price in a <see cref="CostTemplate"/>.</summary>
public sealed record CostLine
{
    /// <summary>The line's id, unique within its template; submissions refer to it (<see cref="LineAmount.LineId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>What the line is, in words suppliers see (e.g. "Residential care workers").</summary>
    public required string Label { get; init; }

    public required CostCategory Category { get; init; }

    /// <summary>Whether every submission must give an amount for this line. An optional line left out counts as zero.</summary>
    public bool Required { get; init; }

    /// <summary>Optional guidance for suppliers on what to include.</summary>
    public string? Guidance { get; init; }
}
