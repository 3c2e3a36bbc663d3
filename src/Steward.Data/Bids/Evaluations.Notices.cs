using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Steward.Core.Common;
using Steward.Core.Evaluation.Bids;
using Steward.Core.Evaluation.Standstill;
using Steward.Core.Suppliers;
using Steward.Data.Accounts;
using Steward.Data.Entities;
using Steward.Data.Ingest;
using Steward.Data.Suppliers;

namespace Steward.Data.Bids;

/// <summary>
/// The contract award notice (UK6) and its standstill (PA 2023 ss.50–51), entry into the contract after it, and the
/// contract details notice (UK7, s.53), each published through the import path so they appear on the portal at once.
/// </summary>
public sealed partial class Evaluations
{
    /// <summary>The buyer's standstill calendar: its own setting, else the instance's.</summary>
    public UkCalendar CalendarOf(string organisationId) => StoreWork.Read(target, context => Calendar(context, organisationId));

    /// <summary>Sets the buyer's standstill calendar (null: the instance's default).</summary>
    public Result<UkCalendar> SetCalendar(string organisationId, UkCalendar? calendar, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var organisation = context.AccountOrganisations.FirstOrDefault(o => o.Id == organisationId);
            if (organisation is null)
            {
                return Result<UkCalendar>.Failure(Refused($"no organisation \"{organisationId}\""));
            }

            organisation.StandstillCalendar = calendar?.Name();
            context.SaveChanges();
            return Result<UkCalendar>.Success(calendar ?? _options.Calendar);
        });
    }

    /// <summary>
    /// Publishes the lot's contract award notice: only after its assessment summaries were issued (s.50(3)) and with the
    /// conflicts assessment up to date (s.83). The standstill runs 8 working days from today on the buyer's calendar.
    /// </summary>
    public Result<StandstillPeriod> PublishAwardNotice(string designId, string organisationId, string lot, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var prepared = StoreWork.Read(target, context =>
        {
            var award = context.LotAwards.AsNoTracking().FirstOrDefault(a => a.BoxId == designId && a.Lot == lot);
            if (OwnTender(context, designId, organisationId) is not { } tender || award is null)
            {
                return Result<(AwardNotice, string, StandstillPeriod)>.Failure(Refused($"decide the award of lot {lot} first"));
            }

            if (award.SummariesIssuedAt is null)
            {
                return Result<(AwardNotice, string, StandstillPeriod)>.Failure(Refused("issue the assessment summaries first: every assessed bidder gets one before the contract award notice is published (PA 2023 s.50(3))"));
            }

            if (award.NoticePublishedAt is not null)
            {
                return Result<(AwardNotice, string, StandstillPeriod)>.Failure(Refused($"the contract award notice of lot {lot} was published on {TenderBoxes.Utc(award.NoticePublishedAt.Value):yyyy-MM-dd}"));
            }

            if (!AssessmentCurrent(context, designId))
            {
                return Result<(AwardNotice, string, StandstillPeriod)>.Failure(Refused("revise the conflicts assessment before the award notice: the notice confirms it was kept under review (PA 2023 s.83)"));
            }

            var calendar = Calendar(context, organisationId);
            var period = MandatoryStandstill.Period(DateOnly.FromDateTime(Now.UtcDateTime), new WorkingDayCalendar(calendar, _options.Holidays));
            if (!period.IsSuccess)
            {
                return Result<(AwardNotice, string, StandstillPeriod)>.Failure(period.Error!);
            }

            var notice = Notice(context, tender, award, period.Value);
            return Result<(AwardNotice, string, StandstillPeriod)>.Success((notice, calendar.Name(), period.Value));
        });
        if (!prepared.IsSuccess)
        {
            return prepared.Error!;
        }

        var (notice, calendarName, standstill) = prepared.Value;
        var imported = Import(AwardReleaseWriter.Award(notice, 1, Now, _options.Publisher), $"steward award {designId} lot {lot}");
        if (imported is not null)
        {
            return imported;
        }

        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var award = context.LotAwards.First(a => a.BoxId == designId && a.Lot == lot);
            award.NoticePublishedAt = Now.UtcDateTime;
            award.StandstillCalendar = calendarName;
            award.StandstillLastDay = standstill.LastDay;
            award.Value = notice.Value;
            award.Commitments = JsonSerializer.Serialize(notice.Commitments, Json);
            context.SaveChanges();
            return Result<StandstillPeriod>.Success(standstill);
        });
    }

    /// <summary>
    /// Records entry into the contract and publishes its contract details notice (UK7): refused before the standstill
    /// has ended (PA 2023 s.51), and the term must be a real period.
    /// </summary>
    public Result<DateOnly> EnterContract(string designId, string organisationId, string lot, DateOnly start, DateOnly end, ActingParty by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var prepared = StoreWork.Read(target, context =>
        {
            var award = context.LotAwards.AsNoTracking().FirstOrDefault(a => a.BoxId == designId && a.Lot == lot);
            if (OwnTender(context, designId, organisationId) is not { } tender || award?.StandstillLastDay is not { } lastDay)
            {
                return Result<AwardNotice>.Failure(Refused($"publish the contract award notice of lot {lot} first"));
            }

            if (today <= lastDay)
            {
                return Result<AwardNotice>.Failure(Refused($"the standstill runs to the end of {lastDay:d MMMM yyyy}: the contract may be entered into from {lastDay.AddDays(1):d MMMM yyyy} ({MandatoryStandstill.Reference})"));
            }

            if (award.ContractEnteredAt is not null)
            {
                return Result<AwardNotice>.Failure(Refused("the contract has been entered into already"));
            }

            if (end < start)
            {
                return Result<AwardNotice>.Failure(Refused($"contractEnd: {end:yyyy-MM-dd} is before the start, {start:yyyy-MM-dd}"));
            }

            var commitments = JsonSerializer.Deserialize<List<Commitment>>(award.Commitments, Json) ?? [];
            var period = new StandstillPeriod(DateOnly.FromDateTime(award.NoticePublishedAt!.Value), UkCalendars.Parse(award.StandstillCalendar!).Value, MandatoryStandstill.WorkingDays, lastDay, []);
            return Result<AwardNotice>.Success(Notice(context, tender, award, period) with { Commitments = commitments, Value = award.Value });
        });
        if (!prepared.IsSuccess)
        {
            return prepared.Error!;
        }

        var imported = Import(AwardReleaseWriter.Contract(prepared.Value, (start, end, Now), 1, Now, _options.Publisher), $"steward contract {designId} lot {lot}");
        if (imported is not null)
        {
            return imported;
        }

        return StoreWork.Write(target, by.Actor, time, context =>
        {
            var award = context.LotAwards.First(a => a.BoxId == designId && a.Lot == lot);
            award.ContractEnteredAt = Now.UtcDateTime;
            award.ContractStart = start;
            award.ContractEnd = end;
            award.ContractNoticePublishedAt = Now.UtcDateTime;
            context.SaveChanges();
            return Result<DateOnly>.Success(start);
        });
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private UkCalendar Calendar(StewardDbContext context, string organisationId) =>
        context.AccountOrganisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.StandstillCalendar).FirstOrDefault() is { } name
            && UkCalendars.Parse(name) is { IsSuccess: true } parsed ? parsed.Value : _options.Calendar;

    /// <summary>What the notices say: the winner with its register flags, the price and commitments from its bid, and the bid statistics.</summary>
    private AwardNotice Notice(StewardDbContext context, BiddableTender tender, LotAwardRow award, StandstillPeriod standstill)
    {
        var assessed = Assessed(context, tender.DesignId, award.Lot);
        var winner = context.SealedBids.AsNoTracking().First(b => b.Id == award.WinnerBidId);
        var content = boxes.Contents(context, tender.DesignId, [winner.Id])[winner.Id];
        var organisations = context.AccountOrganisations.AsNoTracking().Where(o => assessed.Select(b => b.SupplierId).Contains(o.Id)).ToList();
        var register = new SupplierRegister(target, time);
        var flags = organisations.ToDictionary(o => o.Id, o => o.SupplierProfileId is { } id && register.Find(id) is { } profile
            ? SupplierClassifier.Classify(profile.Profile, _options.Rules) : null);
        bool? Flag(Classification? c) => c?.Result switch { Verdict.True => true, Verdict.False => false, _ => null };
        var supplier = organisations.First(o => o.Id == winner.SupplierId);
        var buyer = context.AccountOrganisations.AsNoTracking().First(o => o.Id == tender.OrganisationId);
        return new AwardNotice(tender.Ocid, award.Lot, LotOf(tender, award.Lot).Title, tender.Design.Buyer.Id ?? buyer.Id, buyer.Name,
            (supplier.Name, supplier.Scheme, supplier.Identifier, Flag(flags[supplier.Id]?.Sme), Flag(flags[supplier.Id]?.Vcse)),
            content.Price, tender.Design.Currency, standstill.Published, standstill.LastDay, TenderBoxes.Utc(award.SummariesIssuedAt!.Value),
            (assessed.Count, assessed.Count(b => Flag(flags[b.SupplierId]?.Sme) == true), assessed.Count(b => Flag(flags[b.SupplierId]?.Vcse) == true)),
            content.Commitments);
    }

    /// <summary>Imports a notice through the path every publisher's data takes; an error when nothing could be stored.</summary>
    private Error? Import(string package, string source)
    {
        using var importer = StewardImporter.Open(target, time);
        var imported = importer.Import(new MemoryStream(Encoding.UTF8.GetBytes(package)), source);
        return imported.Problems.Count > 0 && imported.New + imported.Changed == 0
            ? Refused($"the notice was not imported: {string.Join("; ", imported.Problems.Select(p => p.Message))}")
            : null;
    }
}
