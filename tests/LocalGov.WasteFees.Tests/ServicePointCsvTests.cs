using System.Text;
using LocalGov.Thai;
using LocalGov.WasteFees.Import;
using LocalGov.WasteFees.ServicePoints;

namespace LocalGov.WasteFees.Tests;

public sealed class ServicePointCsvTests
{
    private const string Header = "house_no,subdistrict,payer_name,fee_class,zone,route,start_date";

    private static ParsedCsv Parse(string text, bool bom = false) =>
        ServicePointCsv.Parse(bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text));

    [Fact]
    public void QuotedFields_HoldCommasLineBreaksAndDoubledQuotes()
    {
        var csv = Parse(Header + ",place_name\r\n" +
            "\"12/3\",สุเทพ,\"ร้าน \"\"ป้าแดง\"\", ขายส่ง\",HOUSE,Z1,R1,2026-01-01,\"แผงที่ 1\nตลาดเช้า\"\r\n" +
            "14,สุเทพ,นายหนึ่ง,HOUSE,Z1,R1,2026-01-01,\n");

        Assert.Empty(csv.Problems);
        Assert.Equal(2, csv.Rows.Count);
        var first = csv.Rows[0].Input;
        Assert.Equal("12/3", first.HouseNo);
        Assert.Equal("ร้าน \"ป้าแดง\", ขายส่ง", first.PayerName);
        Assert.Equal("แผงที่ 1\nตลาดเช้า", first.PlaceName);
        Assert.Equal(2, csv.Rows[0].Number);
        // the row after a value with a line break is still counted as the next spreadsheet row
        Assert.Equal(3, csv.Rows[1].Number);
        Assert.Equal("", csv.Rows[1].Input.PlaceName);
        Assert.Null(csv.Rows[1].Input.HouseCode); // a column the file leaves out
    }

    [Fact]
    public void TheHeader_IsMatchedByName_InAnyOrderAndCase_WithOrWithoutBom()
    {
        foreach (var bom in new[] { false, true })
        {
            var csv = Parse("Start_Date, ROUTE ,zone,fee_class,payer_name,subdistrict,house_no\n2569-01-15,R2,Z9,SHOP,นางสอง,หนองหอย,7\n", bom);
            Assert.Equal(ServicePointCsv.Utf8, csv.Encoding);
            var row = Assert.Single(csv.Rows).Input;
            Assert.Equal(("7", "R2", "Z9", "2569-01-15"), (row.HouseNo, row.Route, row.Zone, row.StartDate));
        }
    }

    [Fact]
    public void UnknownRepeatedAndMissingColumns_AreFileProblems_AndNoRowIsRead()
    {
        var csv = Parse("house_no,payer_nme,payer_name,payer_name,fee_class\n1,x,y,z,HOUSE\n");

        Assert.True(csv.FileIsUnusable);
        Assert.Empty(csv.Rows);
        var messages = string.Join(" | ", csv.Problems.Select(p => p.Message.En));
        Assert.Contains("unknown columns: payer_nme", messages, StringComparison.Ordinal);
        Assert.Contains("repeats columns: payer_name", messages, StringComparison.Ordinal);
        Assert.Contains("missing: subdistrict, zone, route, start_date", messages, StringComparison.Ordinal);
        Assert.All(csv.Problems, p => Assert.Equal(0, p.Row));
        Assert.All(csv.Problems, p => Assert.False(string.IsNullOrEmpty(p.Message.Th)));
    }

    [Fact]
    public void ARowOfTheWrongWidth_OrAStrayQuote_IsThatRowsProblem_OtherRowsStillRead()
    {
        var csv = Parse(Header + "\n1,a,b,HOUSE,Z1,R1,2026-01-01\n2,a,b,HOUSE,Z1\n3,a,b\"c,HOUSE,Z1,R1,2026-01-01\n\n,,,,,,\n4,a,b,HOUSE,Z1,R1,2026-01-01\n");

        Assert.False(csv.FileIsUnusable);
        Assert.Equal([2, 7], csv.Rows.Select(r => r.Number));
        Assert.Equal(4, csv.RowCount); // blank lines are not rows
        var wide = Assert.Single(csv.Problems, p => p.Row == 3);
        Assert.Contains("5 values but the header has 7", wide.Message.En, StringComparison.Ordinal);
        var quote = Assert.Single(csv.Problems, p => p.Row == 4);
        Assert.Contains("quote", quote.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnclosedQuote_MakesTheFileUnreadable_NamingTheRow()
    {
        var csv = Parse(Header + "\n1,a,b,HOUSE,Z1,R1,2026-01-01\n2,\"a,b,HOUSE,Z1,R1,2026-01-01\n3,a,b,HOUSE,Z1,R1,2026-01-01\n");

        Assert.True(csv.FileIsUnusable);
        Assert.Contains("Row 3", Assert.Single(csv.Problems).Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AThaiExcelFile_InWindows874_IsRead_AndOtherBinaryIsRefusedClearly()
    {
        var thai = CodePagesEncodingProvider.Instance.GetEncoding(874)!;
        var csv = ServicePointCsv.Parse(thai.GetBytes(Header + "\r\n5,สุเทพ,นายห้า ใจดี,HOUSE,Z1,R1,1/1/2569\r\n"));
        Assert.Equal(ServicePointCsv.Thai874, csv.Encoding);
        Assert.Equal("นายห้า ใจดี", Assert.Single(csv.Rows).Input.PayerName);

        var latin = ServicePointCsv.Parse([.. Encoding.ASCII.GetBytes(Header + "\n5,"), 0x81, 0xFF, .. Encoding.ASCII.GetBytes(",x,HOUSE,Z1,R1,2026-01-01\n")]);
        Assert.True(latin.FileIsUnusable);
        Assert.Contains("not UTF-8", Assert.Single(latin.Problems).Message.En, StringComparison.Ordinal);

        var workbook = ServicePointCsv.Parse([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]);
        Assert.Contains("Excel workbook", Assert.Single(workbook.Problems).Message.En, StringComparison.Ordinal);
        var utf16 = ServicePointCsv.Parse(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header)).ToArray());
        Assert.Contains("UTF-16", Assert.Single(utf16.Problems).Message.En, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Single(ServicePointCsv.Parse([]).Problems).Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void TooBigOrTooManyRows_AreRefusedWithTheLimit()
    {
        var big = ServicePointCsv.Parse(new byte[ServicePointCsv.MaxBytes + 1]);
        Assert.Contains("5 MB", Assert.Single(big.Problems).Message.En, StringComparison.Ordinal);

        var rows = new StringBuilder(Header).Append('\n');
        for (var i = 0; i <= ServicePointCsv.MaxRows; i++)
        {
            rows.Append(i).Append(",a,b,HOUSE,Z1,R1,2026-01-01\n");
        }
        var many = Parse(rows.ToString());
        Assert.True(many.FileIsUnusable);
        Assert.Contains("20,001 rows, more than 20,000", Assert.Single(many.Problems).Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderOnly_IsAFileProblem()
    {
        Assert.Contains("no service points", Assert.Single(Parse(Header + "\r\n").Problems).Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTemplate_ReadsBackAsOneRow_WithAValidHouseCode_AndEveryColumn()
    {
        var csv = ServicePointCsv.Parse(ServicePointCsv.Template());

        Assert.Empty(csv.Problems);
        var row = Assert.Single(csv.Rows).Input;
        Assert.True(ThaiHouseCode.IsValid(row.HouseCode), row.HouseCode);
        Assert.True(string.IsNullOrEmpty(row.PayerNationalId)); // no made-up ID in the template
        var header = Encoding.UTF8.GetString(ServicePointCsv.Template()).TrimStart('\uFEFF').Split("\r\n")[0];
        Assert.Equal(ServicePointFields.All.Select(f => f.Name), header.Split(','));
    }
}
