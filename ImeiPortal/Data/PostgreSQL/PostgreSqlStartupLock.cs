using Npgsql;

namespace ImeiPortal.Data.PostgreSQL;

/// <summary>
/// A session-level advisory lock on a connection of its own: held while one instance migrates or seeds, released when it
/// is done, and by the server when that instance dies holding it (its connection closes), so a crash never blocks the rest.
/// EF's own migration lock does not cover this: two instances migrating one empty database at once failed with
/// "column already exists".
/// </summary>
internal sealed class PostgreSqlStartupLock(NpgsqlDataSource dataSource) : IStartupLock
{
    // Any constant shared by every instance of the portal; these are the bytes of "ImeiPort".
    private const long Key = 0x496D6569506F7274;

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            // Waits as long as the holder migrates: a large migration may take minutes.
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", Key);
                await command.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException)
            {
                // The connection broke (the server ended its session): the session's locks ended with it, so there is
                // nothing left to release, and the start that is done must not fail for it. The pool drops the connection.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
