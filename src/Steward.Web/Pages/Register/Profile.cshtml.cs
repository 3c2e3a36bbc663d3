using Microsoft.AspNetCore.Mvc;
using Steward.Core.Suppliers;
using Steward.Data.Suppliers;
using Steward.Web.Analytics;
using Steward.Web.Register;

namespace Steward.Web.Pages.Register;

public sealed class ProfileModel(ReportCache reports, RegisterService register) : PortalPage(reports)
{
    public StoredProfile Profile { get; private set; } = null!;

    public SupplierClassification Classification { get; private set; } = null!;

    public ReinvestmentScore Reinvestment { get; private set; } = null!;

    public IReadOnlyList<ProfileChange> History { get; private set; } = [];

    public DateOnly Today => register.Today;

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        await LoadSnapshotAsync().ConfigureAwait(false);
        if (id is null || register.Find(id) is not { } profile)
        {
            return NotFound();
        }

        Profile = profile;
        Classification = SupplierClassifier.Classify(profile.Profile, register.Rules);
        Reinvestment = ReinvestmentMeasure.Score(profile.Profile, register.Rules);
        History = register.History(profile.Id);
        return Page();
    }

    public IReadOnlyList<string> Unverified(Classification classification) => EvidenceCheck.Unverified(classification, Profile.Profile.Evidence, Today);

    /// <summary>
    /// Whether a fact (a profile field, by its JSON name) is verified today and by whom, as a role and organisation:
    /// "Verified by Verifier, Anytown Council on 2026-12-02, until 2027-06-30", else "Declared, not verified".
    /// </summary>
    public string Verification(params string[] fields)
    {
        var evidence = Profile.Profile.Evidence.Where(e => e.IsCurrent(Today) && fields.Any(f => e.Covers.Contains(f))).MaxBy(e => e.VerifiedOn);
        return evidence is null
            ? "Declared, not verified"
            : $"Verified by {evidence.VerifiedBy ?? "a verifier"} on {evidence.VerifiedOn:yyyy-MM-dd}{(evidence.ValidUntil is { } until ? $", until {until:yyyy-MM-dd}" : string.Empty)}";
    }

    public static string Title(string key) => key switch
    {
        "sme" => "Small or medium-sized enterprise (SME)",
        "vcse" => "Voluntary, community or social enterprise (VCSE)",
        "socialEnterprise" => "Social enterprise",
        "supportedEmploymentProvider" => "Supported employment provider",
        _ => "Public service mutual",
    };

    public static string Answer(Verdict verdict) => verdict switch { Verdict.True => "Yes", Verdict.False => "No", _ => "Unknown" };

    public static string Colour(Verdict verdict) => verdict switch { Verdict.True => "green", Verdict.False => "red", _ => "grey" };
}
