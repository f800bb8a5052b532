/** What every generated 编制说明 shares: the visible placeholder for a fact the tables and last year's facts do not give. */
export const PLACEHOLDER = '【请填写：{what}】';
