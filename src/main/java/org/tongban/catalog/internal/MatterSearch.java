package org.tongban.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.catalog.Audience;
import org.tongban.catalog.Matter;
import org.tongban.catalog.MatterKind;
import org.tongban.catalog.MatterQuery;
import org.tongban.catalog.MatterSummary;
import org.tongban.shared.LocalizedText;
import org.tongban.shared.ResultPage;

/**
 * Searches the versions in force on a day. Every word of the keyword must appear in the
 * matter's code, name (Chinese or English), summary or department; matters whose name
 * matches come first.
 */
@Component
public class MatterSearch {

	private static final String IN_FORCE = """
			from catalog_matter m
			join catalog_matter_version v on v.matter_code = m.code
			join catalog_department d on d.code = m.department_code
			where v.version = (select max(c.version) from catalog_matter_version c
			                   where c.matter_code = m.code and c.effective_from <= :day)""";

	private final JdbcClient jdbc;

	MatterSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ResultPage<MatterSummary> search(MatterQuery query, LocalDate day) {
		var where = new StringBuilder(IN_FORCE);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("day", day);
		// Any white space separates words, the ideographic space of Chinese input methods
		// included.
		List<String> words = query.keyword() == null ? List.of()
				: List.of(query.keyword().toLowerCase(Locale.ROOT).split("\\p{javaWhitespace}+"));
		for (int i = 0; i < words.size(); i++) {
			String param = "w" + i;
			params.put(param, "%" + escapeLike(words.get(i)) + "%");
			where.append(
					" and (lower(v.name_zh) like :%1$s escape '\\' or lower(coalesce(v.name_en, '')) like :%1$s escape '\\'"
						.formatted(param))
				.append(" or lower(m.code) like :%1$s escape '\\' or lower(coalesce(v.summary_zh, '')) like :%1$s escape '\\'"
					.formatted(param))
				.append(" or lower(coalesce(v.summary_en, '')) like :%1$s escape '\\' or lower(d.name_zh) like :%1$s escape '\\'"
					.formatted(param))
				.append(" or lower(coalesce(d.name_en, '')) like :%1$s escape '\\')".formatted(param));
		}
		if (query.department() != null) {
			where.append(" and m.department_code = :department");
			params.put("department", query.department());
		}
		if (query.theme() != null) {
			where.append(
					" and exists (select 1 from catalog_matter_theme t where t.matter_code = m.code and t.theme_code = :theme)");
			params.put("theme", query.theme());
		}
		if (query.audience() == Audience.PERSONAL) {
			where.append(" and m.serves_persons");
		}
		else if (query.audience() == Audience.ENTERPRISE) {
			where.append(" and m.serves_enterprises");
		}

		long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
		String nameMatchFirst = words.isEmpty() ? ""
				: "case when lower(v.name_zh) like :w0 escape '\\' or lower(coalesce(v.name_en, '')) like :w0 escape '\\' then 0 else 1 end, ";
		params.put("limit", query.size());
		params.put("offset", (long) (query.page() - 1) * query.size());
		List<MatterSummary> items = jdbc.sql("""
				select m.code, m.kind, m.department_code, m.serves_persons, m.serves_enterprises,
				       v.name_zh, v.name_en, v.summary_zh, v.summary_en, v.version,
				       v.statutory_limit_days, v.committed_limit_days, v.informed_commitment,
				       v.automatic_approval, v.max_visits, d.name_zh as department_zh, d.name_en as department_en
				""" + where + " order by " + nameMatchFirst + "d.sort_order, m.code limit :limit offset :offset")
			.params(params)
			.query(MatterSearch::summary)
			.list();
		return new ResultPage<>(new ArrayList<>(items), query.page(), query.size(), total);
	}

	private static MatterSummary summary(ResultSet row, int rowNum) throws SQLException {
		Set<Audience> audiences = new Matter(row.getString("code"), row.getString("department_code"),
				MatterKind.valueOf(row.getString("kind")), row.getBoolean("serves_persons"),
				row.getBoolean("serves_enterprises"), Set.of())
			.audiences();
		String summaryZh = row.getString("summary_zh");
		return new MatterSummary(row.getString("code"), text(row.getString("name_zh"), row.getString("name_en")),
				summaryZh == null ? null : text(summaryZh, row.getString("summary_en")),
				MatterKind.valueOf(row.getString("kind")), row.getString("department_code"),
				text(row.getString("department_zh"), row.getString("department_en")), audiences, row.getInt("version"),
				row.getInt("statutory_limit_days"), row.getInt("committed_limit_days"),
				row.getBoolean("informed_commitment"), row.getBoolean("automatic_approval"), row.getInt("max_visits"));
	}

	private static LocalizedText text(String zh, String en) {
		return LocalizedText.of(zh, en);
	}

	private static String escapeLike(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
