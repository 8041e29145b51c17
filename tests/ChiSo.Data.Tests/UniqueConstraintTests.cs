using ChiSo.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChiSo.Data.Tests;

public sealed class UniqueConstraintTests
{
    [Theory, AllDatabases]
    public async Task Save_UnitWithSameCodeAndValidFrom_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        db.Units.Add(Samples.Province("48", "Thành phố Đà Nẵng", new DateOnly(2008, 1, 1)));
        await db.SaveChangesAsync();

        db.Units.Add(Samples.Province("48", "Đà Nẵng (trùng)", new DateOnly(2008, 1, 1)));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using var check = database.NewContext();
        Assert.Equal(1, await check.Units.CountAsync());
    }

    [Theory, AllDatabases]
    public async Task Save_UnitWithSameCodeLaterValidFrom_IsAccepted(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        db.Units.AddRange(
            Samples.Province("48", "Thành phố Đà Nẵng", new DateOnly(2008, 1, 1), new DateOnly(2025, 6, 30)),
            Samples.Province("48", "Thành phố Đà Nẵng", new DateOnly(2025, 7, 1)));

        Assert.Equal(2, await db.SaveChangesAsync());
    }

    [Theory, AllDatabases]
    public async Task Save_SecondEditionWithSameFrameworkAndYear_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        db.FrameworkEditions.Add(Samples.Edition(2024));
        await db.SaveChangesAsync();

        db.FrameworkEditions.Add(Samples.Edition(2024));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory, AllDatabases]
    public async Task Save_SecondValueForSameInputAndRound_IsRefused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var submission = await Samples.SubmissionAsync(db);
        db.InputValues.Add(Samples.Input(submission.Id, "1.2", "trained", 40));
        await db.SaveChangesAsync();

        db.InputValues.Add(Samples.Input(submission.Id, "1.2", "trained", 41));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory, AllDatabases]
    public async Task Save_ValueForMissingSubmission_IsRefusedByForeignKey(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        db.InputValues.Add(Samples.Input(999, "1.2", "trained", 40));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
