package billing

import (
	"context"
	"fmt"
)

type Customer struct {
	ID      string
	Address *Address
}

type Address struct {
	Country string
	VATID   string
}

func (s *Service) Render(ctx context.Context, customerID string) (*Invoice, error) {
	c, err := s.customers.Get(ctx, customerID)
	if err != nil {
		return nil, fmt.Errorf("load customer %s: %w", customerID, err)
	}
	rate := s.vat.Rate(c.Address.Country)
	return &Invoice{CustomerID: c.ID, VATRate: rate}, nil
}
