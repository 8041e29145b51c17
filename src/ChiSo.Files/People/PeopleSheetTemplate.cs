using ClosedXML.Excel;

namespace ChiSo.Files.People;

/// <summary>
/// Writes the template of <see cref="PeopleSheet"/>: the header row, text-formatted columns (a phone number keeps its
/// leading zero), and drop-down lists of the roles (in plain words) and of the unit codes, kept on a hidden sheet.
/// </summary>
public static class PeopleSheetTemplate
{
    public const string PeopleSheetName = "Người dùng";

    public const string ListsSheetName = "Danh mục";

    /// <param name="output">Where the .xlsx goes.</param>
    /// <param name="roles">The role names the uploader may give, as the reader accepts them.</param>
    /// <param name="units">The codes and names of the units the uploader may manage.</param>
    public static void Write(Stream output, IReadOnlyList<string> roles, IReadOnlyList<(string Code, string Name)> units)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(units);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(PeopleSheetName);
        var lists = workbook.AddWorksheet(ListsSheetName);
        for (var k = 0; k < PeopleSheet.Columns.Length; k++)
        {
            var header = sheet.Cell(1, k + 1);
            header.SetValue(PeopleSheet.Columns[k].Title);
            header.Style.Font.Bold = true;
            sheet.Column(k + 1).Width = k == 0 ? 30 : 24;
            sheet.Range(2, k + 1, PeopleSheet.MaxRows + 1, k + 1).Style.NumberFormat.Format = "@";
        }

        lists.Cell(1, 1).SetValue(PeopleSheet.RoleTitle);
        for (var i = 0; i < roles.Count; i++)
        {
            lists.Cell(i + 2, 1).SetValue(roles[i]);
        }

        lists.Cell(1, 2).SetValue(PeopleSheet.UnitTitle);
        lists.Cell(1, 3).SetValue("Tên đơn vị");
        for (var i = 0; i < units.Count; i++)
        {
            lists.Cell(i + 2, 2).SetValue(units[i].Code);
            lists.Cell(i + 2, 2).DataType = XLDataType.Text;
            lists.Cell(i + 2, 3).SetValue(units[i].Name);
        }

        List(sheet.Range(2, 5, PeopleSheet.MaxRows + 1, 5), lists.Range(2, 1, Math.Max(2, roles.Count + 1), 1), "Hãy chọn một vai trò trong danh sách.");
        if (units.Count > 0)
        {
            List(sheet.Range(2, 4, PeopleSheet.MaxRows + 1, 4), lists.Range(2, 2, units.Count + 1, 2), "Hãy chọn một mã đơn vị trong danh sách.");
        }

        sheet.SheetView.FreezeRows(1);
        lists.Visibility = XLWorksheetVisibility.Hidden;
        workbook.SaveAs(output);
    }

    private static void List(IXLRange cells, IXLRange choices, string message)
    {
        var validation = cells.SetDataValidation();
        validation.List(choices, true);
        validation.IgnoreBlanks = true;
        validation.ErrorTitle = "Giá trị không hợp lệ";
        validation.ErrorMessage = message;
    }
}
