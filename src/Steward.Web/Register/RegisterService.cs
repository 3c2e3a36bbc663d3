using System.Text.Json;
using Microsoft.Extensions.Options;
using Steward.Core.Suppliers;
using Steward.Data.Suppliers;
using Steward.Web.Hosting;

namespace Steward.Web.Register;

/// <summary>
/// The supplier register as the portal reads it: profiles, classifications under the configured rules
/// (<c>Steward:SupplierRules</c>), reserved-lot eligibility, the mismatch report and buyers' register shares (the last
/// two kept for <c>Steward:RefreshSeconds</c>, as they scan awards). The portal never changes the register.
/// </summary>
public sealed class RegisterService
{
    private readonly PortalStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _refresh;
    private readonly Lock _gate = new();
    private (DateTimeOffset At, IReadOnlyList<MismatchRow> Mismatches, IReadOnlyList<BuyerRegisterShare> Shares)? _report;

    public RegisterService(PortalStore store, TimeProvider time, IOptions<PortalOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _time = time;
        _refresh = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
        Rules = SupplierRulesFile.Read(options.Value.SupplierRules).Rules ?? ClassificationRules.Default;
    }

    public ClassificationRules Rules { get; }

    public DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    private SupplierRegister Register => new(_store.Target, _time);

    public IReadOnlyList<StoredProfile> Profiles() => Register.All();

    public StoredProfile? Find(string key) => Register.Find(key);

    public IReadOnlyList<ProfileChange> History(string id) => Register.History(id);

    public IReadOnlyList<MismatchRow> Mismatches() => Report().Mismatches;

    public IReadOnlyList<BuyerRegisterShare> Shares() => Report().Shares;

    /// <summary>The decision for register profiles <paramref name="suppliers"/> (a consortium when several, lead first) bidding for a published lot.</summary>
    public EligibilityAnswer Eligibility(string ocid, string lotId, IReadOnlyList<string> suppliers, Reservation? reservation, DateOnly awardDay)
    {
        ArgumentNullException.ThrowIfNull(suppliers);
        var profiles = new List<StoredProfile>();
        foreach (var key in suppliers)
        {
            if (Find(key) is not { } profile)
            {
                return EligibilityAnswer.Problem("supplier", $"No profile \"{key}\" is in the register.");
            }

            profiles.Add(profile);
        }

        ReservedLot? lot;
        try
        {
            lot = ReservedLots.Read(_store.Target, ocid, lotId, reservation, awardDay);
        }
        catch (RegisterException exception)
        {
            return EligibilityAnswer.Problem("reservation", exception.Message);
        }

        if (lot is null)
        {
            return EligibilityAnswer.Problem("lot", $"The store has no lot \"{lotId}\" in the process \"{ocid}\".");
        }

        return new EligibilityAnswer(lot, profiles, ReservedLots.Decide(_store.Target, lot, [.. profiles.Select(p => (p.Profile, p.OrganisationId))], Rules), null, null);
    }

    /// <summary>A published lot as its reservation is read, or null when the store has no such lot or its reservation cannot be read.</summary>
    public ReservedLot? Lot(string ocid, string lotId, DateOnly awardDay)
    {
        try
        {
            return ReservedLots.Read(_store.Target, ocid, lotId, null, awardDay);
        }
        catch (RegisterException)
        {
            return null;
        }
    }

    /// <summary>The profile document (docs/suppliers.md) as JSON bytes.</summary>
    public byte[] Document(StoredProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ProfileDocument.Write(writer, profile, History(profile.Id), Rules, Today);
        }

        return buffer.ToArray();
    }

    private (DateTimeOffset At, IReadOnlyList<MismatchRow> Mismatches, IReadOnlyList<BuyerRegisterShare> Shares) Report()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_report is { } cached && now - cached.At < _refresh)
            {
                return cached;
            }

            var profiles = Profiles();
            var report = (now, RegisterReport.Mismatches(_store.Target, profiles, Rules, Today), RegisterReport.BuyerShares(_store.Target, profiles, Rules, Today));
            _report = report;
            return report;
        }
    }
}
