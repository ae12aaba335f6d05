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
            finally
            {
                // Closing ends the session, which releases the lock even when the unlock could not be sent.
                await connection.DisposeAsync();
            }
        }
    }
}
