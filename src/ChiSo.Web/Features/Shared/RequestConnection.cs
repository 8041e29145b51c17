using ChiSo.Data;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Web.Features.Shared;

/// <summary>
/// On SQLite, a request's queries share one open connection. EF opens and closes its connection around every query,
/// and each open of a Microsoft.Data.Sqlite connection registers EF's dozen SQL functions on the native connection
/// again (each close removes them): a save of a value made five queries and about sixty registrations, each a GC
/// handle that the finalizer thread then had to release — a fifth of the app's CPU under 50 concurrent saves. A
/// connection EF did not open itself stays open until the request's context goes back to its pool, which closes it.
/// PostgreSQL connections are pooled by Npgsql without such set-up and are left to EF. Static files (a path with an
/// extension) never touch the database and are skipped.
/// </summary>
public static class RequestConnection
{
    public static IApplicationBuilder UseOneSqliteConnectionPerRequest(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (Path.HasExtension(context.Request.Path.Value)
                || context.RequestServices.GetRequiredService<DatabaseOptions>().Provider != DatabaseProvider.Sqlite)
            {
                await next(context);
                return;
            }

            var db = context.RequestServices.GetRequiredService<ChiSoDbContext>();
            await db.Database.OpenConnectionAsync(context.RequestAborted);
            try
            {
                await next(context);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
}
