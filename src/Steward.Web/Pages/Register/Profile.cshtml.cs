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
