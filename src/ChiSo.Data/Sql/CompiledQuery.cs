using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ChiSo.Data.Sql;

/// <summary>
/// An EF compiled query for each model it meets. A query from <c>EF.CompileAsyncQuery</c> binds to the model of the
/// first context that runs it and refuses any other, and SQLite and PostgreSQL each have their own model: one process
/// that serves both (the tests do) needs one compiled query per model.
/// </summary>
/// <param name="compile">Makes the delegate: <c>() =&gt; EF.CompileAsyncQuery(…)</c>.</param>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> byModel = new();

    /// <summary>The compiled query for <paramref name="db"/>'s model.</summary>
    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return byModel.GetOrAdd(db.Model, static (_, make) => make(), compile);
    }
}
