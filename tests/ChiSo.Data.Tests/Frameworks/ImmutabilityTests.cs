using ChiSo.Data.Audit;
using ChiSo.Data.Frameworks;
using ChiSo.Data.Results;
using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests.Frameworks;

public sealed class ImmutabilityTests
{
    [Theory, AllDatabases]
    public async Task SaveChanges_DraftEditionPublishedThenEdited_PublishingSavesEditingThrows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var edition = Samples.Edition();
        db.FrameworkEditions.Add(edition);
        await db.SaveChangesAsync();

        edition.Status = EditionStatus.Published;
        edition.PublishedAt = Samples.Now;
        await db.SaveChangesAsync();
        edition.Title = "Sửa sau khi công bố";

        var error = await Assert.ThrowsAsync<ImmutableEntityException>(() => db.SaveChangesAsync());
        Assert.Equal(nameof(FrameworkEdition), error.EntityType);
        await using var check = database.NewContext();
        Assert.Equal("Bộ chỉ số DTI cấp tỉnh", (await check.FrameworkEditions.SingleAsync()).Title);
    }

    [Theory, AllDatabases]
    public async Task SaveChanges_DeletePublishedEdition_Throws(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var edition = Samples.Edition();
        edition.Status = EditionStatus.Published;
        db.FrameworkEditions.Add(edition);
        await db.SaveChangesAsync();

        db.FrameworkEditions.Remove(edition);

        await Assert.ThrowsAsync<ImmutableEntityException>(() => db.SaveChangesAsync());
    }

    [Theory, AllDatabases]
    public async Task SaveChanges_DraftEdition_CanBeEditedAndDeleted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var edition = Samples.Edition();
        db.FrameworkEditions.Add(edition);
        await db.SaveChangesAsync();

        edition.Title = "Dự thảo 2";
        await db.SaveChangesAsync();
        db.FrameworkEditions.Remove(edition);
        await db.SaveChangesAsync();

        Assert.Equal(0, await db.FrameworkEditions.CountAsync());
    }

    [Theory, AllDatabases]
    public async Task SaveChanges_ModifiedSnapshotOrAuditEvent_Throws(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        var snapshot = new ResultSnapshot
        {
            CampaignId = submission.CampaignId, Round = 1, FrameworkHash = "f", InputsHash = "i", EngineVersion = "1.0",
            CreatedAt = Samples.Now, CreatedBy = "organiser", Payload = [1, 2, 3], PayloadHash = ResultSnapshot.HashOf([1, 2, 3]),
        };
        db.ResultSnapshots.Add(snapshot);
        await db.SaveChangesAsync();
        var audit = await new AuditLog(db, TimeProvider.System).AppendAsync(new AuditEntry("a", "Unit", "1", "create", null, "{}"));

        snapshot.Published = true;
        await Assert.ThrowsAsync<ImmutableEntityException>(() => db.SaveChangesAsync());
        db.Entry(snapshot).State = EntityState.Unchanged;
        audit.Reason = "rewritten";
        await Assert.ThrowsAsync<ImmutableEntityException>(() => db.SaveChangesAsync());
        db.Entry(audit).State = EntityState.Deleted;
        await Assert.ThrowsAsync<ImmutableEntityException>(() => db.SaveChangesAsync());
    }
}
