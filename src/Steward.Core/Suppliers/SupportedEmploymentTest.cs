namespace Steward.Core.Suppliers;

/// <summary>
/// Supported employment provider, PA 2023 s.32(4): an organisation operating wholly or partly to provide employment
/// or employment-related support to disabled or disadvantaged individuals, where those individuals are at least 30% of
/// the workforce of (a) the organisation, (b) the part performing the contract, or (c) the organisations (or parts)
/// performing it together. Exactly 30% passes. The basis (headcount or FTE) is <see cref="ClassificationRules.SupportedEmploymentBasis"/>.
/// </summary>
public static class SupportedEmploymentTest
{
    public const string Reference = "PA 2023 s.32(4)";

    /// <summary>One organisation: its own workforce, else the part that performs a contract.</summary>
    public static Classification Classify(SupplierProfile profile, ClassificationRules rules)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(rules);
        var purpose = Purpose(profile);
        var whole = Share(profile.Workforce, WorkforceScope.Organisation, rules.SupportedEmploymentBasis, "its workforce");
        if (whole.Outcome == Verdict.True || profile.PerformingPart is not { } part)
        {
            return Classification.AllOf(purpose, whole);
        }

        // Either workforce may carry the 30%: the test passes on either, fails only when both fail.
        var performing = Share(part, WorkforceScope.PerformingPart, rules.SupportedEmploymentBasis, "the part of it that performs the contract");
        var workforce = performing.Outcome == Verdict.True ? Verdict.True
            : whole.Outcome == Verdict.False && performing.Outcome == Verdict.False ? Verdict.False
            : Verdict.Unknown;
        var result = purpose.Outcome == Verdict.False || workforce == Verdict.False ? Verdict.False
            : purpose.Outcome == Verdict.True && workforce == Verdict.True ? Verdict.True
            : Verdict.Unknown;
        return new Classification(result, [purpose, whole, performing]);
    }


    /// <summary>
    /// Several organisations performing a contract together (s.32(4)(c)): their workforces (each member's performing
    /// part where given, else the whole) are added up. The lead member (the first) must operate for the s.32 purpose;
    /// the others need not (the definition speaks of one organisation and the combined workforce performing the contract).
    /// </summary>
    public static Classification ClassifyConsortium(IReadOnlyList<SupplierProfile> members, ClassificationRules rules)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfZero(members.Count);
        var basis = rules.SupportedEmploymentBasis;
        var workforces = members.Select(m => m.PerformingPart ?? m.Workforce).ToList();
        var size = workforces.Any(w => w.Size(basis) is null) ? null : workforces.Sum(w => w.Size(basis));
        var disadvantaged = workforces.Any(w => w.Disadvantaged(basis) is null) ? null : workforces.Sum(w => w.Disadvantaged(basis));
        var combined = new Workforce
        {
            Employees = basis == StaffBasis.Headcount ? size : null,
            DisabledOrDisadvantagedWorkers = basis == StaffBasis.Headcount ? disadvantaged : null,
            Fte = basis == StaffBasis.Fte ? size : null,
            DisabledOrDisadvantagedFte = basis == StaffBasis.Fte ? disadvantaged : null,
        };
        var names = string.Join(", ", members.Select((m, i) => m.Name ?? $"member {i + 1}"));
        var lead = Purpose(members[0]);
        return Classification.AllOf(lead with { Text = $"Lead member {members[0].Name ?? "1"}: {lead.Text}" },
            Share(combined, WorkforceScope.Consortium, basis, $"the combined workforce of {names}"));
    }

    private static Reason Purpose(SupplierProfile profile) => profile.ProvidesSupportedEmployment switch
    {
        true => new Reason("purpose", Verdict.True, $"It operates to provide employment or employment-related support to disabled or disadvantaged people ({Reference}).", Reference)
        { Fields = ["providesSupportedEmployment"] },
        false => new Reason("purpose", Verdict.False, $"It does not operate to provide employment or employment-related support to disabled or disadvantaged people ({Reference}).", Reference)
        { Fields = ["providesSupportedEmployment"] },
        null => new Reason("purpose", Verdict.Unknown, $"Whether it operates to provide employment or support to disabled or disadvantaged people (providesSupportedEmployment) is missing ({Reference}).", Reference)
        { Fields = ["providesSupportedEmployment"] },
    };

    /// <summary>The 30% test on one workforce.</summary>
    public static Reason Share(Workforce workforce, WorkforceScope scope, StaffBasis basis, string whose)
    {
        ArgumentNullException.ThrowIfNull(workforce);
        var clause = scope switch { WorkforceScope.Organisation => "(a)", WorkforceScope.PerformingPart => "(b)", _ => "(c)" };
        var reference = $"PA 2023 s.32(4){clause}";
        var field = scope == WorkforceScope.PerformingPart ? "performingPart" : basis == StaffBasis.Fte ? "fte" : "employees";
        var size = workforce.Size(basis);
        var disadvantaged = workforce.Disadvantaged(basis);
        var unit = basis == StaffBasis.Fte ? "FTE" : "people";
        var test = scope switch { WorkforceScope.Organisation => "workforce", WorkforceScope.PerformingPart => "performingPartWorkforce", _ => "consortiumWorkforce" };
        var share = Figures.Share(disadvantaged, size);
        var figures = Figures.Of(("disabledOrDisadvantaged", disadvantaged), ("workforce", size), ("share", share), ("threshold", ClassificationRules.SupportedEmploymentShare));
        string[] fields = [field, "disabledOrDisadvantagedWorkers"];
        if (size is not { } total || disadvantaged is not { } count || total <= 0)
        {
            return new Reason(test, Verdict.Unknown,
                $"The size of {whose} or how many of them are disabled or disadvantaged ({unit}) is missing; at least 30% is needed ({reference}).", reference)
            { Fields = fields, Figures = figures };
        }

        // Exact arithmetic: 30% means count × 100 ≥ 30 × total, so exactly 30% passes and 29.9% does not.
        var passes = count * 100m >= ClassificationRules.SupportedEmploymentShare * total;
        return new Reason(test, passes ? Verdict.True : Verdict.False,
            $"{Figures.Number(count)} of {Figures.Number(total)} {unit} in {whose} ({Figures.PercentAgainst(share!.Value, ClassificationRules.SupportedEmploymentShare, passes)}) are disabled or disadvantaged; at least 30% is needed ({reference}).", reference)
        { Fields = fields, Figures = figures };
    }
}
