"""The strategy library and the guidance page per customer (客户经营指导书)."""
