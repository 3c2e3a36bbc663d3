namespace Steward.Core.Suppliers;

/// <summary>
/// A workforce: the whole organisation's, or the part of it that performs a contract (PA 2023 s.32(4)(b)).
/// Headcount and full-time equivalents are both kept because the Act does not say which s.32's 30% is measured on
/// (see <see cref="ClassificationRules.SupportedEmploymentBasis"/>).
/// </summary>
public sealed record Workforce
{
    /// <summary>People employed (headcount).</summary>
    public decimal? Employees { get; init; }

    /// <summary>Full-time equivalents.</summary>
    public decimal? Fte { get; init; }

    /// <summary>Disabled (Equality Act 2010 s.6) or disadvantaged workers, headcount.</summary>
    public decimal? DisabledOrDisadvantagedWorkers { get; init; }

    /// <summary>Disabled or disadvantaged workers as full-time equivalents, when the FTE basis is used.</summary>
    public decimal? DisabledOrDisadvantagedFte { get; init; }

    /// <summary>The size of the workforce on <paramref name="basis"/>.</summary>
    public decimal? Size(StaffBasis basis) => basis == StaffBasis.Fte ? Fte : Employees;

    /// <summary>Disabled or disadvantaged workers on <paramref name="basis"/>.</summary>
    public decimal? Disadvantaged(StaffBasis basis) => basis == StaffBasis.Fte ? DisabledOrDisadvantagedFte : DisabledOrDisadvantagedWorkers;
}
