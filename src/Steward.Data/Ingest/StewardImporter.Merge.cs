using System.Data.Common;

namespace Steward.Data.Ingest;

/// <summary>A merge a person confirms (<c>steward organisations merge</c>).</summary>
public sealed partial class StewardImporter
{
    /// <summary>
    /// Records that organisation <paramref name="from"/> is <paramref name="into"/>, confirmed by <paramref name="by"/>
    /// (a role or team: it is shown publicly), and rebuilds the processes that referred to it, in one transaction.
    /// The merge is kept as an alias and survives <c>steward db rebuild</c>. Returns how many processes were rebuilt.
    /// </summary>
    /// <exception cref="ArgumentException">An id names no organisation, or both name the same one; nothing was changed.</exception>
    /// <exception cref="DatabaseUnavailableException">The database failed; nothing was changed.</exception>
    public long ConfirmMerge(string from, string into, string by)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(into);
        ArgumentNullException.ThrowIfNull(by);
        var now = _clock.GetUtcNow().UtcDateTime;
        try
        {
            return DatabaseMigrator.Guard(_target, () =>
            {
                var figures = new Figures.FigureMaintainer(_session, _target);
                figures.Prepare(_clock);
                _session.Begin();
                var target = _organisations.Canonical(into);
                foreach (var (id, role) in new[] { (from, "to merge"), (target, "to merge into") })
                {
                    if (_session.Scalar("SELECT COUNT(*) FROM organisations WHERE id = @p0", id) == 0)
                    {
                        throw new ArgumentException($"there is no organisation \"{id}\" {role} (steward organisations suggestions lists candidates)");
                    }
                }

                if (from == target)
                {
                    throw new ArgumentException($"\"{from}\" and \"{into}\" are already one organisation");
                }

                _session.PrepareTemp(ReleaseApplier.Affected, "ocid TEXT PRIMARY KEY");
                OrganisationMerges.Move(_session, [new OrganisationMerge(from, target, OrganisationResolver.MergedByPerson)], now);
                _session.Execute("UPDATE organisation_aliases SET reason = @p0, confirmed_by = @p1, at = @p2 WHERE alias = @p3",
                    OrganisationResolver.MergedByPerson, by, now, from);
                _session.Execute($"""
                    INSERT INTO {ReleaseApplier.Affected} (ocid)
                    SELECT ocid FROM process_parties WHERE organisation_id = @p0 UNION SELECT ocid FROM processes WHERE buyer_id = @p0
                    """, from);
                _organisations.Load(_session);
                figures.Before(from, target);
                var rebuilt = new ProcessRebuilder(_session, _merger, _organisations).Rebuild(now, _ => { });
                OrganisationMerges.Retire(_session, [new OrganisationMerge(from, target, OrganisationResolver.MergedByPerson)]);
                figures.After();
                _session.Commit();
                return rebuilt;
            });
        }
        catch (Exception exception) when (exception is ArgumentException or DatabaseUnavailableException or DbException)
        {
            _session.Rollback();
            TryReloadOrganisations();
            throw exception is DbException database
                ? new DatabaseUnavailableException($"{_target}: merging {from} into {into} failed ({database.Message}); nothing was changed", database)
                : exception;
        }
    }
}
