using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Steward.Ocds;
using Steward.Ocds.Merging;
using Steward.Ocds.Reading;

namespace Steward.Data.Ingest;

/// <summary>
/// Imports OCDS into the store, one input at a time, each in one transaction: a file that fails part-way leaves
/// the database exactly as it was before that file, and so does a process killed at any moment. Importing the
/// same data twice changes nothing; a new or changed release recompiles only its own process. Releases are staged
/// and written in bulk (prepared statements on SQLite, binary COPY on PostgreSQL).
/// </summary>
public sealed partial class StewardImporter : IDisposable
{
    private readonly DatabaseTarget _target;
    private readonly StoreSession _session;
    private readonly TimeProvider _clock;
    private readonly ReleaseMerger _merger;
    private readonly OrganisationResolver _organisations = new();

    /// <summary>The reader's limits for every input (the largest release: <c>--max-release-mb</c>).</summary>
    public OcdsReaderOptions ReaderOptions { get; set; } = OcdsReaderOptions.Default;

    private StewardImporter(DatabaseTarget target, StoreSession session, TimeProvider clock, MergeRules rules)
    {
        _target = target;
        _session = session;
        _clock = clock;
        _merger = new ReleaseMerger(rules);
    }

    /// <summary>Opens the store for importing, creating or migrating an SQLite file as needed.</summary>
    /// <exception cref="DatabaseUnavailableException">The database cannot be used, with what to do.</exception>
    public static StewardImporter Open(DatabaseTarget target, TimeProvider clock, MergeRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(clock);
        DatabaseMigrator.EnsureReady(target);
        return DatabaseMigrator.Guard(target, () =>
        {
            StoreSession session;
            if (target.Provider == DatabaseProvider.Sqlite)
            {
                var connection = new SqliteConnection(target.ConnectionString);
                connection.Open();
                using (var pragma = connection.CreateCommand())
                {
                    pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=FILE; PRAGMA wal_autocheckpoint=0;";
                    pragma.ExecuteNonQuery();
                }

                session = new SqliteStoreSession(connection);
            }
            else
            {
                var connection = new NpgsqlConnection(target.ConnectionString);
                connection.Open();
                session = new PostgresStoreSession(connection);
            }

            var importer = new StewardImporter(target, session, clock, rules ?? MergeRules.Ocds11);
            importer._organisations.Load(session);
            return importer;
        });
    }

    /// <summary>Imports one file (or <c>-</c> for <paramref name="standardInput"/>), atomically.</summary>
    /// <exception cref="OcdsReadException">The input is not readable OCDS; nothing from it was stored.</exception>
    /// <exception cref="DatabaseUnavailableException">The database failed; nothing from this input was stored.</exception>
    public ImportResult Import(string path, IImportProgress? progress = null, Func<Stream>? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        Stream raw;
        long? length = null;
        if (path == OcdsInput.StandardInput)
        {
            raw = (standardInput ?? Console.OpenStandardInput)();
        }
        else
        {
            try
            {
                raw = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                length = raw.Length;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new OcdsReadException(new SourceLocation(path, 0, 0),
                    exception is FileNotFoundException or DirectoryNotFoundException ? "no such file" : $"cannot open it ({exception.Message})", exception);
            }
        }

        using var counting = new CountingStream(raw);
        using var reader = new OcdsReader(OcdsInput.Decode(counting), path, ReaderOptions, ownsStream: true);
        return Import(reader, path, length, () => counting.BytesRead, progress, null);
    }

    /// <summary>
    /// Imports OCDS from a stream (a page a collector fetched), atomically; <paramref name="cursor"/>, when given, is
    /// saved in the same transaction, so that the place a collector reached is stored exactly when its releases are.
    /// </summary>
    /// <exception cref="OcdsReadException">The input is not readable OCDS; nothing from it was stored.</exception>
    /// <exception cref="DatabaseUnavailableException">The database failed; nothing from this input was stored.</exception>
    public ImportResult Import(Stream data, string source, IImportProgress? progress = null, CollectorCursor? cursor = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(source);
        using var counting = new CountingStream(data);
        using var reader = new OcdsReader(OcdsInput.Decode(counting), source, ReaderOptions, ownsStream: true);
        return Import(reader, source, data.CanSeek ? data.Length : null, () => counting.BytesRead, progress, cursor);
    }

    /// <summary>
    /// Recompiles every stored process from its stored releases, in one transaction: what an upgrade that adds
    /// facts to the analytic tables (or changes the normalisation or how organisations are told apart) asks for.
    /// Every organisation is resolved afresh, in ocid order, so the result does not depend on the order things were
    /// imported; merges a person confirmed are kept and applied, and supplier-register links to an organisation
    /// whose id changed follow it. Returns how many processes were compiled.
    /// </summary>
    /// <exception cref="DatabaseUnavailableException">The database failed; nothing was changed.</exception>
    public long RebuildAll(IImportProgress? progress = null)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        try
        {
            return DatabaseMigrator.Guard(_target, () =>
            {
                _session.BeginWrite();
                _session.Begin();
                ReleaseApplier.AffectAll(_session);
                var total = _session.Scalar($"SELECT COUNT(*) FROM {ReleaseApplier.Affected}");
                IdentityReset.Clear(_session);
                _organisations.Load(_session);
                var records = new ProcessRebuilder(_session, _merger, _organisations).Rebuild(now, done => progress?.Compiling(done, total));
                IdentityReset.RelinkProfiles(_session);
                _session.Execute("DELETE FROM figures WHERE kind = 'state'"); // every figure is stale until RefreshFigures
                _session.Commit();
                _session.EndWrite();
                return records;
            });
        }
        catch (Exception exception) when (exception is DatabaseUnavailableException or DbException)
        {
            _session.Rollback();
            TryEndWrite();
            TryReloadOrganisations();
            throw new DatabaseUnavailableException($"{_target}: rebuilding the processes failed ({exception.Message}); nothing was changed", exception);
        }
    }

    /// <summary>
    /// Brings the stored figures up to date outside any import (docs/store.md, "Stored figures"): all of them when
    /// they are not exact for the store (<paramref name="force"/>, after <see cref="RebuildAll"/>, a store from before
    /// them, a register change), else the red flags when imports left them behind. Returns what it did.
    /// </summary>
    /// <exception cref="DatabaseUnavailableException">The database failed; the figures are as they were.</exception>
    public string RefreshFigures(bool force = false) =>
        DatabaseMigrator.Guard(_target, () => new Figures.FigureMaintainer(_session, _target).Refresh(_clock, force));

    /// <summary>The place a collector last reached, or null.</summary>
    public string? ReadCursor(string source) => DatabaseMigrator.Guard(_target, () =>
    {
        using var command = _session.Command("SELECT cursor FROM collector_cursors WHERE source = @p0", source);
        return command.ExecuteScalar() as string;
    });

    private ImportResult Import(OcdsReader reader, string source, long? length, Func<long> bytesRead, IImportProgress? progress, CollectorCursor? cursor)
    {
        progress?.Started(source, length);
        var problems = new List<OcdsProblem>();
        var now = _clock.GetUtcNow().UtcDateTime;
        _session.SourceName = source;
        try
        {
            return DatabaseMigrator.Guard(_target, () =>
            {
                var steps = new ImportStepClock();
                var figures = new Figures.FigureMaintainer(_session, _target);
                figures.Prepare(_clock);
                _session.BeginWrite();
                _session.Begin();
                var direct = DirectReleases.For(_session);
                var staged = new ReleaseStager(_session, direct, now).Stage(reader, releases => progress?.Reading(bytesRead(), releases), problems);
                steps.Done(ImportStep.Reading);
                var (isNew, changed, skipped) = direct?.Finish(staged) ?? ReleaseApplier.Apply(_session, staged, now);
                steps.Done(ImportStep.Applying);
                figures.Before();
                var records = new ProcessRebuilder(_session, _merger, _organisations).Rebuild(now, done => progress?.Compiling(done, -1));
                steps.Done(ImportStep.Compiling);
                figures.After();
                steps.Done(ImportStep.Figures);
                if (cursor?.Lease is { } lease &&
                    _session.Execute("UPDATE collector_leases SET expires_at = @p0 WHERE name = @p1 AND holder = @p2", lease.ExpiresAt, lease.Name, lease.Holder) == 0)
                {
                    // The fence: another collector took the lease over, so this page is not stored (it collects it again).
                    throw new Collect.CollectorLeaseLostException($"{_target}: the collector lease '{lease.Name}' is no longer held by {lease.Holder}; {source} was not stored");
                }

                if (cursor is not null)
                {
                    _session.Execute("""
                        INSERT INTO collector_cursors (source, cursor, updated_at) VALUES (@p0, @p1, @p2)
                        ON CONFLICT (source) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
                        """, cursor.Source, cursor.Value, now);
                }

                _session.Commit();
                _session.EndWrite();
                steps.Done(ImportStep.Committing);
                var result = new ImportResult(source, isNew, changed, skipped, records, problems) { Steps = steps.Steps };
                progress?.Finished(result);
                return result;
            });
        }
        catch (Exception exception) when (exception is OcdsReadException or DatabaseUnavailableException or DbException)
        {
            _session.Rollback();
            TryEndWrite();
            TryReloadOrganisations();
            throw exception switch
            {
                DbException database => new DatabaseUnavailableException(
                    $"{_target}: importing {source} failed in the database ({database.Message}); nothing from it was stored", database),
                DatabaseUnavailableException unavailable => new DatabaseUnavailableException(
                    $"{unavailable.Message}; nothing from {source} was stored", unavailable),
                _ => exception,
            };
        }
        catch
        {
            // Anything else (a bug, a cancellation): the input is still all or nothing, and the importer usable for the next.
            _session.Rollback();
            TryEndWrite();
            TryReloadOrganisations();
            throw;
        }
    }

    private void TryEndWrite()
    {
        try
        {
            _session.EndWrite();
        }
        catch (DbException)
        {
            // The connection is gone; the next command that opens the store sets its journal back.
        }
    }

    private void TryReloadOrganisations()
    {
        try
        {
            _organisations.Load(_session);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            // The connection is gone; the next import will fail with its own message.
        }
    }

    public void Dispose() => _session.Dispose();
}
