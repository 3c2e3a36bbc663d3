namespace Steward.Core.Suppliers;

/// <summary>Compares an organisation's published flags with its register classifications (docs/suppliers.md, "Mismatch report").</summary>
public static class FlagMismatches
{
    public static IReadOnlyList<FlagMismatch> Compare(PublishedFlags published, SupplierClassification register, IReadOnlyList<Evidence> evidence, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(evidence);
        var pairs = new (string Flag, bool? Published, Classification Register, string Reference)[]
        {
            ("sme", published.Sme, register.Sme, SmeTest.Reference),
            ("vcse", published.Vcse, register.Vcse, VcseTest.Reference),
            ("supportedEmploymentProvider", published.ShelteredWorkshop, register.SupportedEmploymentProvider, SupportedEmploymentTest.Reference),
            ("publicServiceMutual", published.PublicServiceMission, register.PublicServiceMutual, "PA 2023 s.33(6)"),
        };
        var found = new List<FlagMismatch>();
        foreach (var (flag, said, classification, reference) in pairs)
        {
            if (said is not { } claim)
            {
                continue;
            }

            var verified = EvidenceCheck.IsVerified(classification, evidence, day);
            var result = classification.Result;
            var opposite = (claim && result == Verdict.False) || (!claim && result == Verdict.True);
            if (opposite)
            {
                var failed = classification.Reasons.FirstOrDefault(r => r.Outcome == (claim ? Verdict.False : Verdict.True));
                found.Add(new FlagMismatch(flag, claim, result, verified, "contradicted",
                    $"Published {(claim ? "yes" : "no")}; the register's evidence says {(claim ? "no" : "yes")}: {failed?.Text ?? reference}"));
            }
            else if (claim && (result == Verdict.Unknown || !verified))
            {
                var missing = result == Verdict.Unknown
                    ? classification.Reasons.FirstOrDefault(r => r.Outcome == Verdict.Unknown)?.Text ?? reference
                    : $"no current evidence covers {string.Join(", ", EvidenceCheck.Unverified(classification, evidence, day))}";
                found.Add(new FlagMismatch(flag, claim, result, verified, "unsupported", $"Published yes; the register cannot confirm it: {missing}"));
            }
        }

        return found;
    }
}
